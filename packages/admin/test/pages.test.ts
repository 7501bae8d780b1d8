import { expect, fixture, html } from "@open-wc/testing";
import { LitElement } from "lit";
import { ListPages, PAGE_SIZE } from "../src/screen/pages.js";

const WORDS = { previous: "上一页", next: "下一页", position: (page: number, pages?: number) => `第 ${page} / ${pages} 页` };

/** A list of `count` partners, as a console screen shows one read whole. */
class PagedList extends LitElement {
  count = 45;
  readonly pages = new ListPages(this);
  protected override render() {
    const page = this.pages.show(
      Array.from({ length: this.count }, (_, index) => `单位 ${index + 1}`),
      "合作单位",
      WORDS,
    );
    return html`<ul>
        ${page.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${page.buttons}`;
  }
}
customElements.define("paged-list-test", PagedList);

describe("a console list read whole, a page at a time", () => {
  it("shows twenty at a time, says where it is, and keeps focus on a button that reaches an end", async () => {
    const list = await fixture<PagedList>(html`<paged-list-test></paged-list-test>`);
    const root = list.shadowRoot!;
    const shown = () => [...root.querySelectorAll("li")].map((item) => item.textContent);
    const [previous, next] = [...root.querySelectorAll<HTMLButtonElement>("nav button")];
    expect(shown()).to.have.length(PAGE_SIZE);
    expect(root.querySelector("nav")!.getAttribute("aria-label")).to.equal("合作单位");
    expect(root.querySelector(".pages__position")!.textContent).to.equal("第 1 / 3 页");
    expect(previous!.getAttribute("aria-disabled")).to.equal("true");

    next!.focus();
    next!.click();
    await list.updateComplete;
    next!.click();
    await list.updateComplete;
    expect(shown()).to.deep.equal(["单位 41", "单位 42", "单位 43", "单位 44", "单位 45"]);
    expect(next!.getAttribute("aria-disabled")).to.equal("true");
    expect(root.activeElement).to.equal(next);
    next!.click();
    await list.updateComplete;
    expect(root.querySelector(".pages__position")!.textContent).to.equal("第 3 / 3 页");

    // A list that shrank keeps to its last page; one that fits a page has no buttons.
    list.count = 25;
    list.requestUpdate();
    await list.updateComplete;
    expect(shown()).to.deep.equal(["单位 21", "单位 22", "单位 23", "单位 24", "单位 25"]);
    list.count = 12;
    list.requestUpdate();
    await list.updateComplete;
    expect(shown()).to.have.length(12);
    expect(root.querySelector("nav") === null).to.equal(true);
  });
});
