import type { Partner } from "@community-kit/schema";

/**
 * Links that open a partner in the map apps residents use, from its WGS-84
 * point: each service is told the coordinates are WGS-84, so it shifts them
 * to its own datum (GCJ-02 for AMap, BD-09 for Baidu) itself.
 */
export function directionLinks(partner: Pick<Partner, "name" | "location">): { amap: string; baidu: string; osm: string } {
  const { lat, lng } = partner.location;
  const name = encodeURIComponent(partner.name);
  return {
    amap: `https://uri.amap.com/navigation?to=${lng},${lat},${name}&mode=walk&coordinate=wgs84&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${name}&content=${name}&coord_type=wgs84&output=html&src=community-kit`,
    osm: `https://www.openstreetmap.org/directions?to=${lat}%2C${lng}#map=17/${lat}/${lng}`,
  };
}
