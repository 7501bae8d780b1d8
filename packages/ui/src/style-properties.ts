import { type AttributePart, noChange } from "lit";
import { Directive, type DirectiveParameters, type PartInfo, PartType, directive } from "lit/directive.js";

/**
 * Sets an element's style properties through the CSSOM, first render
 * included, never as a `style` attribute: a page whose Content Security
 * Policy has a strict `style-src` blocks style attributes (Lit's styleMap
 * writes one on the first render) but allows the CSSOM.
 * Use as `style=${styleProperties({ "--event-color": colour, top: "2em" })}`.
 */
class StyleProperties extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== "style") throw new Error("styleProperties belongs in a style attribute");
  }

  render(_properties: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: DirectiveParameters<this>) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (properties[name] === undefined) style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
