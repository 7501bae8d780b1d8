import type { Partner } from "@community-kit/schema";

const TYPES = ["school", "enterprise", "hospital", "social-organisation", "government", "cultural-site"] as const;

/** `count` partners spread over a Beijing district (about 20 × 20 km), the same each run. */
export function benchPartners(count: number): Partner[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  return Array.from({ length: count }, (_, index) => ({
    id: `partner-${index}`,
    name: `共建单位 ${index + 1}`,
    type: TYPES[index % TYPES.length]!,
    address: `太和路 ${index + 1} 号`,
    location: { lat: 39.82 + random() * 0.18, lng: 116.28 + random() * 0.24 },
    contact: {},
    description: "",
    services: ["志愿服务"],
    updatedAt: "2026-11-01T00:00:00Z",
  }));
}
