import { arrow, autoUpdate, computePosition, flip, offset, shift, size } from "@floating-ui/dom";

const SIDE_OPPOSITE: Record<string, string> = { top: "bottom", right: "left", bottom: "top", left: "right" };

/**
 * Keeps `floating` beside `anchor` while either moves: to its right, or its
 * left where there is no room, or below it on a narrow page, never over what
 * is above the anchor; `pointer` (an arrow inside `floating`) points at the
 * anchor. Returns the function that stops following.
 */
export function followAnchor(anchor: Element, floating: HTMLElement, pointer: HTMLElement): () => void {
  return autoUpdate(anchor, floating, () => {
    computePosition(anchor, floating, {
      strategy: "fixed",
      placement: "right-start",
      middleware: [
        offset(10),
        flip({ fallbackPlacements: ["left-start", "bottom-start"], fallbackStrategy: "initialPlacement" }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
          },
        }),
        arrow({ element: pointer, padding: 8 }),
      ],
    }).then(({ x, y, placement, middlewareData }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      const side = placement.split("-")[0]!;
      const { x: arrowX, y: arrowY } = middlewareData.arrow ?? {};
      Object.assign(pointer.style, {
        left: arrowX === undefined ? "" : `${arrowX}px`,
        top: arrowY === undefined ? "" : `${arrowY}px`,
        right: "",
        bottom: "",
        [SIDE_OPPOSITE[side]!]: "-7px",
      });
      pointer.dataset.side = side;
    });
  });
}
