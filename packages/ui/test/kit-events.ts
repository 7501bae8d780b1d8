import { oneEvent } from "@open-wc/testing";
import type { KitEventName } from "../src/kit-events.js";

/** The next `name` event from `target`, typed with the detail its widget declares (GlobalEventHandlersEventMap). */
export const nextKitEvent = <Name extends KitEventName>(target: EventTarget, name: Name): Promise<GlobalEventHandlersEventMap[Name]> => oneEvent(target, name);
