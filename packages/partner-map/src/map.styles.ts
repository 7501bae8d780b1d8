/** The markers' and clusters' own rules, adopted with Leaflet's stylesheet when the map loads. */
export const mapCssText = `
/* Leaflet's controls in the widget's theme; links in the attribution are told apart by more than colour. */
.leaflet-control-attribution,
.leaflet-bar a {
  background: var(--ck-color-surface);
  color: var(--ck-color-text);
}
.leaflet-bar a:hover,
.leaflet-bar a:focus {
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
