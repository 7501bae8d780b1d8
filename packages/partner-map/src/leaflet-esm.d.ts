// Leaflet 1.9's main file is UMD; its ES build has the same API.
declare module "leaflet/dist/leaflet-src.esm.js" {
  export * from "leaflet";
}
