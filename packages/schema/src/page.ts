import * as z from "zod/mini";

/** A page of a cursor-paginated list; `nextCursor` is null on the last page. */
export function Page<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}
const PageOfUnknown = Page(z.unknown());
/** A page of `Item`s: the shape of the schema above, with the item type filled in. */
export type Page<Item> = Omit<z.infer<typeof PageOfUnknown>, "items"> & { items: Item[] };
