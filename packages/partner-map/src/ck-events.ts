import type { Partner } from "@community-kit/schema";

/** Detail of `ck-partner-select`. */
export interface PartnerSelectDetail {
  partnerId: string;
  type: Partner["type"];
}

declare global {
  /** The partner map's event, with its detail: what `emit`, `addEventListener` and the React props are typed by. */
  interface GlobalEventHandlersEventMap {
    "ck-partner-select": CustomEvent<PartnerSelectDetail>;
  }
}
