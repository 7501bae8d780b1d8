import { autoUpdate, computePosition, flip, offset, shift, size } from "@floating-ui/dom";

/**
 * Keeps `floating` beside `anchor` while either moves, flipping above when
 * there is no room below; returns the function that stops following.
 */
export function followAnchor(anchor: Element, floating: HTMLElement): () => void {
  return autoUpdate(anchor, floating, () => {
    computePosition(anchor, floating, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [
        offset(4),
        flip(),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}
