import type { KitEventName } from "@community-kit/ui";
import type { EventName } from "@lit/react";

/** An `on…` prop's event: its `ck-*` name, typed with the detail its widget declares for it (GlobalEventHandlersEventMap). */
export const kitEvent = <Name extends KitEventName>(name: Name) => name as EventName<GlobalEventHandlersEventMap[Name]>;
