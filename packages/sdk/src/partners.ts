import { Page, Partner, PartnerDetail, type PartnerType } from "@community-kit/schema";
import { type ClientOptions, type CommunityClient, clientOn, communityRoot, transportFor } from "./client.js";
import { type ReadOptions, getJson } from "./http.js";

export type { Partner, PartnerDetail, PartnerType } from "@community-kit/schema";

export interface CommunityPartnerClient extends CommunityClient {
  partners: {
    /** The community's partner units, of the types given or all. */
    list(params?: { types?: readonly PartnerType[] }, options?: ReadOptions<Page<Partner>>): Promise<Page<Partner>>;
    /** One partner with the events it co-organises in the next 90 days. */
    get(id: string, options?: ReadOptions<PartnerDetail>): Promise<PartnerDetail>;
    /** The address of the partners as GeoJSON, for map tools that read it themselves. */
    geoJsonUrl(params?: { types?: readonly PartnerType[] }): string;
  };
}

const PartnerPage = Page(Partner);

/** A client for a community's partner units: its own entry (`@community-kit/sdk/partners`). */
export function createPartnerClient(options: ClientOptions): CommunityPartnerClient {
  const root = communityRoot(options.baseUrl, options.community);
  const transport = transportFor(options);
  const typeQuery = (types?: readonly PartnerType[]) => (types?.length ? `?type=${types.join(",")}` : "");
  return {
    ...clientOn(transport, options),
    partners: {
      list: (params = {}, readOptions) => getJson(transport, `${root}/partners${typeQuery(params.types)}`, PartnerPage, readOptions),
      get: (id, readOptions) => getJson(transport, `${root}/partners/${encodeURIComponent(id)}`, PartnerDetail, readOptions),
      geoJsonUrl: (params = {}) => `${root}/partners.geojson${typeQuery(params.types)}`,
    },
  };
}
