// Leaflet 1.9's main file is UMD; its ES build (package.json "imports": #leaflet) has the same API.
declare module "#leaflet" {
  export * from "leaflet";
}
