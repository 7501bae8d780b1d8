/// <reference path="./leaflet-esm.d.ts" />
import type * as L from "#leaflet";
import { leafletCssText } from "./generated/leaflet-css.js";
import { mapCssText } from "./map.styles.js";

/** Leaflet's stylesheet and the markers', adopted into each shadow root with a map (the page's own cannot reach in). */
let leafletSheet: CSSStyleSheet | undefined;
export function adoptLeafletStyles(root: ShadowRoot): void {
  if (!leafletSheet) {
    leafletSheet = new CSSStyleSheet();
    leafletSheet.replaceSync(leafletCssText + mapCssText);
  }
  // Before the widget's own sheets, so that those can override it.
  if (!root.adoptedStyleSheets.includes(leafletSheet)) root.adoptedStyleSheets = [leafletSheet, ...root.adoptedStyleSheets];
}

/** Removes a map; Leaflet ends a zoom animation on a timer that throws once the map is gone, so after it. */
export function removeMap(map: L.Map): void {
  const animating = map as L.Map & { _animatingZoom?: boolean };
  animating.stop();
  if (animating._animatingZoom) animating.once("zoomend", () => animating.remove());
  else animating.remove();
}
