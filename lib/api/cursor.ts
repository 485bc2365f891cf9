// Opaque cursors for keyset pagination: the sort key of the last item served, base64url-encoded JSON. A cursor
// that does not decode to the expected key is a 400, never a silently restarted listing. It carries a tag of
// the listing and filters it was made for, so one passed to another listing, or with other filters, is a 400
// too rather than a page of something else (the page size may change between pages).
import { createHash } from "node:crypto";
import { z } from "zod";
import { ApiProblem } from "./problem";

export type CursorKey = readonly (string | number)[];

// The tag, then the key.
const keySchema = z
  .array(z.union([z.string().max(200), z.number().finite()]))
  .min(2)
  .max(5);

/** What a cursor is for: an endpoint's path and its filters, whatever their order, without cursor and limit. */
export function cursorScope(path: string, params: URLSearchParams): string {
  const filters = [...params]
    .filter(([k]) => k !== "cursor" && k !== "limit")
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
  return `${path}?${new URLSearchParams(filters).toString()}`;
}

const tagOf = (scope: string) => createHash("sha256").update(scope).digest("base64url").slice(0, 8);

export function encodeCursor(key: CursorKey, scope: string): string {
  return Buffer.from(JSON.stringify([tagOf(scope), ...key]), "utf8").toString("base64url");
}

/** The key a cursor of `scope` carries, checked against the shape the listing sorts by ("s" string, "n" number). */
export function decodeCursor(cursor: string, shape: string, scope: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const read = keySchema.safeParse(parsed);
  const [tag, ...key]: (string | number)[] = read.success ? read.data : [];
  const fits =
    typeof tag === "string" &&
    key.length === shape.length &&
    // A number in a cursor is an ordinal: an integer the database holds exactly.
    key.every((k, i) => (shape[i] === "n" ? Number.isSafeInteger(k) : typeof k === "string"));
  if (!fits) throw new ApiProblem(400, "invalid cursor: pass the `next` link of a previous page unchanged");
  if (tag !== tagOf(scope))
    throw new ApiProblem(
      400,
      "this cursor is for another listing or other filters: pass the `next` link of a previous page unchanged",
    );
  return key;
}
