import * as z from "zod/mini";

/** A page of a cursor-paginated list; `nextCursor` is null on the last page. */
/* @__NO_SIDE_EFFECTS__ */
export function Page<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}
/** A page of `Item`s. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
