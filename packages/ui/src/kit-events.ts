/**
 * The kit's events: each widget declares its `ck-*` events once, with their
 * details, in the DOM's GlobalEventHandlersEventMap. `emit`,
 * `addEventListener` on a widget and the React wrappers' props are all typed
 * from there, so a name or a detail cannot drift between them.
 */
export type KitEventName = Extract<keyof GlobalEventHandlersEventMap, `ck-${string}`>;

/** The detail a `ck-*` event carries. */
export type KitEventDetail<Name extends KitEventName> = GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;
