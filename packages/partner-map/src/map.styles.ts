/** The markers' and clusters' own rules, adopted with Leaflet's stylesheet when the map loads. */
export const mapCssText = `
/* The map's zoom buttons and attribution (map-controls.ts) in the widget's theme; links in the attribution are told apart by more than colour. */
.zoom__button {
  display: block;
  width: var(--ck-target-size);
  height: var(--ck-target-size);
  padding: 0;
  border: 0;
  border-bottom: 1px solid var(--ck-color-border);
  font: bold 1.375em/1 sans-serif;
  cursor: pointer;
}
.zoom__button:first-child {
  border-radius: 4px 4px 0 0;
}
.zoom__button:last-child {
  border-bottom: 0;
  border-radius: 0 0 4px 4px;
}
.zoom__button:disabled {
  color: var(--ck-color-muted);
  cursor: default;
}
.leaflet-container .leaflet-control-attribution,
.zoom__button {
  background: var(--ck-color-surface);
  color: var(--ck-color-text);
}
.zoom__button:hover:not(:disabled),
.zoom__button:focus {
  background: var(--ck-color-subtle);
}
.leaflet-control-attribution a {
  color: var(--ck-color-primary);
  text-decoration: underline;
}
.cluster {
  display: flex;
  align-items: center;
  justify-content: center;
  border: 3px solid #ffffff;
  border-radius: 50%;
  background: var(--ck-color-primary);
  box-shadow: 0 0 0 1px rgb(0 0 0 / 0.5);
  color: var(--ck-color-on-primary);
  font-weight: 700;
  cursor: pointer;
}
.marker {
  background: none;
  border: none;
}
.marker__dot {
  display: block;
  width: 20px;
  height: 20px;
  margin: 4px;
  border: 3px solid #ffffff;
  border-radius: 50%;
  box-shadow: 0 0 0 1px rgb(0 0 0 / 0.5);
  box-sizing: border-box;
}
.marker--chosen .marker__dot {
  width: 28px;
  height: 28px;
  margin: 0;
  box-shadow: 0 0 0 3px var(--ck-color-focus);
}
`;
