import gcoord from "gcoord";

/** The datum a tile set is drawn in: WGS-84 (OpenStreetMap, Tianditu's CGCS2000 within a metre) or GCJ-02 (AMap and other Chinese maps). */
export type Datum = "wgs84" | "gcj02";

/**
 * Where a WGS-84 point is drawn on tiles of `datum`: on GCJ-02 tiles the
 * point is shifted as those maps are (by up to several hundred metres in
 * China; not at all outside it), with gcoord, so that a marker sits on the
 * street the tiles show. The data itself stays WGS-84.
 */
export function displayPoint(point: { lat: number; lng: number }, datum: Datum): { lat: number; lng: number } {
  if (datum === "wgs84") return point;
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lat, lng };
}

/** The WGS-84 point under a point of tiles of `datum`: where a click on a GCJ-02 map really is. */
export function dataPoint(point: { lat: number; lng: number }, datum: Datum): { lat: number; lng: number } {
  if (datum === "wgs84") return point;
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return { lat, lng };
}
