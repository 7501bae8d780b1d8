import * as v from "valibot";
import { object } from "./json-object.js";

/** A page of a cursor-paginated list; `nextCursor` is null on the last page. */
export function Page<Item extends v.GenericSchema>(item: Item) {
  return object({
    items: v.array(item),
    nextCursor: v.nullable(v.string()),
  });
}
const PageOfUnknown = Page(v.unknown());
/** A page of `Item`s: the shape of the schema above, with the item type filled in. */
export type Page<Item> = Omit<v.InferOutput<typeof PageOfUnknown>, "items"> & { items: Item[] };
