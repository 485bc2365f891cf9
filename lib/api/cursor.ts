// Opaque cursors for keyset pagination: the sort key of the last item served, base64url-encoded JSON. A cursor
// that does not decode to the expected key is a 400, never a silently restarted listing.
import { z } from "zod";
import { ApiProblem } from "./problem";

export type CursorKey = readonly (string | number)[];

const keySchema = z
  .array(z.union([z.string().max(200), z.number().finite()]))
  .min(1)
  .max(4);

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key a cursor carries, checked against the shape the listing sorts by ("s" string, "n" number). */
export function decodeCursor(cursor: string, shape: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const key = keySchema.safeParse(parsed);
  const fits =
    key.success &&
    key.data.length === shape.length &&
    // A number in a cursor is an ordinal: an integer the database holds exactly.
    key.data.every((k, i) => (shape[i] === "n" ? Number.isSafeInteger(k) : typeof k === "string"));
  if (!key.success || !fits)
    throw new ApiProblem(400, "invalid cursor: pass the `next` link of a previous page unchanged");
  return key.data;
}
