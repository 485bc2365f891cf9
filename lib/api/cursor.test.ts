import { describe, expect, it } from "vitest";
import { cursorScope, decodeCursor, encodeCursor } from "./cursor";
import { ApiProblem } from "./problem";

const scope = (path: string, query: string) => cursorScope(path, new URLSearchParams(query));
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ApiProblem ? [e.status, e.detail] : e;
  }
  return "accepted";
};

describe("cursors", () => {
  it("carry a key back to the listing and filters they were made for, whatever the page size", () => {
    const made = encodeCursor([3, "ru-am"], scope("/series", "topic=trade&entity=AM&limit=2"));
    expect(decodeCursor(made, "ns", scope("/series", "entity=AM&topic=trade&limit=50&cursor=x"))).toEqual([3, "ru-am"]);
  });

  it("are refused by another listing or with other filters", () => {
    const made = encodeCursor([3, "ru-am"], scope("/series", "topic=trade"));
    const other =
      "this cursor is for another listing or other filters: pass the `next` link of a previous page unchanged";
    expect(refusal(() => decodeCursor(made, "ns", scope("/sources", "")))).toEqual([400, other]);
    expect(refusal(() => decodeCursor(made, "ns", scope("/series", "topic=arms")))).toEqual([400, other]);
    expect(refusal(() => decodeCursor(made, "ns", scope("/series", "")))).toEqual([400, other]);
  });

  it("are refused when they do not decode to the listing's key", () => {
    const invalid = [400, "invalid cursor: pass the `next` link of a previous page unchanged"];
    const s = scope("/entities", "");
    const crafted = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const cursor of ["not-a-cursor", crafted(["AM"]), crafted([-1, "a"]), crafted({}), crafted(["t", 1.5])])
      expect(
        refusal(() => decodeCursor(cursor, "s", s)),
        cursor,
      ).toEqual(invalid);
    expect(refusal(() => decodeCursor(encodeCursor([1.5, "x"], s), "ns", s))).toEqual(invalid);
  });
});
