/// <reference path="./leaflet-esm.d.ts" />
import * as L from "#leaflet";

// Leaflet's own zoom and attribution controls write HTML strings (innerHTML),
// which a page enforcing Trusted Types refuses; these are built as DOM, with
// the page's words and the widget's target size.

/** Zoom in and out, as buttons named in the page's language; each is disabled at the end of its range. */
export function zoomControl(labels: { zoomIn: string; zoomOut: string }): L.Control {
  const control = new L.Control({ position: "topleft" });
  control.onAdd = (map: L.Map) => {
    const bar = L.DomUtil.create("div", "leaflet-bar zoom");
    const button = (text: string, label: string, zoom: () => void) => {
      const element = L.DomUtil.create("button", "zoom__button", bar);
      element.type = "button";
      element.textContent = text;
      element.title = label;
      element.setAttribute("aria-label", label);
      element.addEventListener("click", zoom);
      return element;
    };
    const zoomIn = button("+", labels.zoomIn, () => map.zoomIn());
    const zoomOut = button("−", labels.zoomOut, () => map.zoomOut());
    const update = () => {
      zoomIn.disabled = map.getZoom() >= map.getMaxZoom();
      zoomOut.disabled = map.getZoom() <= map.getMinZoom();
    };
    map.on("zoomend zoomlevelschange", update);
    update();
    L.DomEvent.disableClickPropagation(bar);
    return bar;
  };
  return control;
}

/** Who made the map: Leaflet, and each tile layer's attribution, as text. */
export function attributionControl(attributions: string[]): L.Control {
  const control = new L.Control({ position: "bottomright" });
  control.onAdd = () => {
    const box = L.DomUtil.create("div", "leaflet-control-attribution");
    const leaflet = L.DomUtil.create("a", "", box);
    leaflet.href = "https://leafletjs.com";
    leaflet.target = "_blank";
    leaflet.rel = "noopener";
    leaflet.textContent = "Leaflet";
    for (const attribution of attributions) if (attribution) box.append(" | ", attribution);
    return box;
  };
  return control;
}
