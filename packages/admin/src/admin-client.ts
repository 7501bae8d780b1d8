import type { CommunityAdminClient } from "@community-kit/sdk/admin";
import type { ClientKind } from "@community-kit/ui";

/** The console's client: the signed-in member's session cookie goes with every request, as the console is served by the API's own server. */
export const ADMIN: ClientKind<CommunityAdminClient> = {
  name: "admin",
  load: () => import("@community-kit/sdk/admin").then((sdk) => sdk.createAdminClient),
};
