// The console page the server serves at /admin/: the element, on the API's own origin.
import "../src/define.js";
