import { html } from "lit";

interface Tab {
  id: string;
  label: string;
}

/**
 * Tabs in the WAI-ARIA pattern: one tab in the page's Tab order, the arrow keys, Home and End
 * move between them and choose as they go; each controls the panel `panel-${id}`.
 */
export function tabList(host: HTMLElement, label: string, tabs: readonly Tab[], current: string, choose: (id: string) => void) {
  const move = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === current);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    choose(next.id);
    void (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => host.shadowRoot?.getElementById(`tab-${next.id}`)?.focus());
  };
  return html`<div class="tabs" role="tablist" aria-label=${label} @keydown=${move}>
    ${tabs.map(
      (tab) => html`<button
        type="button"
        role="tab"
        class="tab"
        id=${`tab-${tab.id}`}
        aria-selected=${tab.id === current ? "true" : "false"}
        aria-controls=${`panel-${tab.id}`}
        tabindex=${tab.id === current ? 0 : -1}
        @click=${() => choose(tab.id)}
      >
        ${tab.label}
      </button>`,
    )}
  </div>`;
}
