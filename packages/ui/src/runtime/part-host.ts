import type { ReactiveControllerHost } from "lit";
import { Loading } from "./loading.js";

/** What a widget's later-loaded parts (a form, a "my" list) may ask of it. */
export interface PartHost {
  requestUpdate(): void;
  /** Whether the widget is in the page. */
  isConnected(): boolean;
  /** Focuses what matches `selector` once the widget has rendered. */
  focusAfterRender(selector: string): Promise<void>;
  /** Where styles loaded later are adopted: the widget's shadow root. */
  stylesRoot(): HTMLElement | DocumentFragment;
}

type Widget = ReactiveControllerHost & HTMLElement & { focusAfterRender(selector: string): Promise<void>; renderRoot: HTMLElement | DocumentFragment };

/** The widget as its parts see it. */
export const partHostOf = (widget: Widget): PartHost => ({
  requestUpdate: () => widget.requestUpdate(),
  isConnected: () => widget.isConnected,
  focusAfterRender: (selector) => widget.focusAfterRender(selector),
  stylesRoot: () => widget.renderRoot,
});

/**
 * Shows "my …" of the API and community read (`source`, undefined while there
 * is none), from the device: once for each, and again when the widget is put
 * back on the page; `stop` stops watching the outbox when it leaves.
 */
export function showMine(
  widget: ReactiveControllerHost,
  source: () => readonly [api: string, community: string] | undefined,
  mine: { show(api: string, community: string): Promise<void>; stop(): void },
): void {
  new Loading<readonly [string, string], void>(widget, { args: source, load: ([api, community]) => mine.show(api, community) });
  widget.addController({ hostDisconnected: () => mine.stop() });
}
