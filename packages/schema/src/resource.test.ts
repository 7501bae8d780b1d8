import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Resource } from "./resource.js";

const photos = z.pick(Resource, { photos: true });
const takes = (photo: string) => z.safeParse(photos, { photos: [photo] }).success;

describe("a room's photos", () => {
  it("are web addresses, or paths on the API's own server", () => {
    expect([takes("https://cdn.example.org/hall.jpg"), takes("http://centre.example/hall.png"), takes("/photos/hall.svg")]).toEqual([true, true, true]);
  });

  it("are never another scheme, another server by a protocol-relative path, or a relative path", () => {
    expect([
      takes("javascript:alert(1)"),
      takes("data:image/svg+xml,<svg/>"),
      takes("//evil.example/x.jpg"),
      takes("photos/hall.jpg"),
      takes("/a b.jpg"),
    ]).toEqual([false, false, false, false, false]);
  });
});
