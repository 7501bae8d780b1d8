// Importing a widget's define module registers its element; Vue then renders the tags as they are.
import "@community-kit/events/define";
import "@community-kit/partner-map/define";
import "@community-kit/rooms/define";
import "@community-kit/volunteers/define";
import { createApp } from "vue";
import App from "./App.vue";
import "./site.css";

createApp(App).mount("#app");
