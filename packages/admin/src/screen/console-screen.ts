import type { StaffSession } from "@community-kit/schema";
import type { CommunityAdminClient } from "@community-kit/sdk/admin";
import { isApiError } from "@community-kit/sdk";
import { CommunityElement, submitFailure } from "@community-kit/ui";
import { property } from "lit/decorators.js";
import { ADMIN } from "../admin-client.js";
import { type Area, mayManage } from "../sections.js";
import "../ck-events.js";

/**
 * A section of the console: told who is signed in by the console around it, with the
 * community's admin client. A request that finds the sign-in gone (it expired, or an admin
 * ended it) tells the console, which asks to sign in again over this screen, so that
 * nothing typed here is lost.
 */
/** The tiles the console's maps are drawn on, as the partner map's attributes name them. */
export interface MapTiles {
  tiles?: string;
  tiandituKey?: string;
  tileDatum?: string;
}

export abstract class ConsoleScreen extends CommunityElement {
  @property({ attribute: false }) session?: StaffSession;
  /** Given to every screen alike; the partners' location picker draws on them. */
  @property({ attribute: false }) mapTiles: MapTiles = {};

  /** A panel within this screen, told what this screen was told. */
  protected within<Panel extends ConsoleScreen>(panel: Panel): Panel {
    return Object.assign(panel, {
      api: this.api,
      community: this.community,
      locale: this.locale,
      clock: this.clock,
      session: this.session,
      senior: this.senior,
      mapTiles: this.mapTiles,
    });
  }

  protected admin(): Promise<CommunityAdminClient> {
    return this.clientOf(ADMIN);
  }

  protected may(area: Area): boolean {
    return this.session !== undefined && mayManage(this.session.role, area);
  }

  /** Why a write did not work, for a problem with no field of its own: the role, the network, the server; what was typed stays. */
  protected describeFailure(error: unknown, forbidden: string): string {
    if (isApiError(error, "forbidden")) return forbidden;
    return submitFailure(error, this.resolvedLocale.messages);
  }

  /** True when `error` was the sign-in ending: the console has been told. */
  protected sessionEnded(error: unknown, during: string): boolean {
    if (!isApiError(error, "unauthorized")) return false;
    this.emit("ck-admin-session-ended", { during });
    return true;
  }
}
