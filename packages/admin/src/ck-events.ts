/** Detail of `ck-admin-session-ended`: the request that found the sign-in gone. */
export interface AdminSessionEndedDetail {
  /** What the member was doing, e.g. `saving`; what they typed stays on the screen beneath the sign-in. */
  during: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "ck-admin-session-ended": CustomEvent<AdminSessionEndedDetail>;
  }
}
