import { describe, expect, it } from "vitest";
import { toCsv, csvBytes, type Table } from "@/lib/api/csv";
import { seededRandom as random } from "@/lib/util/seeded-random";
import { jsonBytes } from "./json-bytes";

const TEXTS = [
  "",
  "plain",
  'a "quote"',
  "line\nbreak",
  "≈ 300 documents",
  "“near-70%”",
  "emoji 🛢",
  "\ud800 lone",
  "\u2028",
];

/** Values of every kind JSON.stringify treats apart: leaves it drops or nulls, toJSON, classes, nesting. */
function value(r: () => number, depth: number): unknown {
  const pick = Math.floor(r() * (depth > 3 ? 8 : 12));
  const text = () => TEXTS[Math.floor(r() * TEXTS.length)] ?? "";
  switch (pick) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return r() < 0.5 ? Math.floor(r() * 1e6) : r() * 1e12;
    case 3:
      return r() < 0.5;
    case 4:
      return text();
    case 5:
      return () => 1;
    case 6:
      return new Date(Math.floor(r() * 2e12));
    case 7:
      return Number.NaN;
    case 8:
      return Array.from({ length: Math.floor(r() * 5) }, () => value(r, depth + 1));
    case 9:
      return new Map([["a", 1]]);
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(r() * 5) }, (_, i) => [`${text()}${i}`, value(r, depth + 1)]),
      );
  }
}

describe("jsonBytes", () => {
  it("gives JSON.stringify's bytes for any value JSON holds", () => {
    const r = random(7);
    for (let i = 0; i < 3000; i++) {
      const v = { data: [value(r, 0), value(r, 0), { x: value(r, 0) }], next: value(r, 0), [`k${i}`]: value(r, 0) };
      expect(jsonBytes(v).toString("utf8"), `value ${i}`).toBe(JSON.stringify(v));
    }
  });
  it("gives a large answer's bytes whole, the size past which encoding one string slows", () => {
    const data = Array.from({ length: 400 }, (_, i) => ({ id: `s-${i}/2001`, quote: `“near-70%” ${"x".repeat(300)}` }));
    const answer = { data, next: null };
    const bytes = jsonBytes(answer);
    expect(bytes.length).toBeGreaterThan(128 * 1024);
    expect(bytes.equals(Buffer.from(JSON.stringify(answer)))).toBe(true);
  });
  it("gives toJSON the key of the value's place, and reads an array's length once", () => {
    const keyed = { toJSON: (key: string) => `at ${key}` };
    const gone = { toJSON: () => undefined };
    const v = { data: { x: keyed, y: gone, list: [keyed, gone] }, next: [keyed], "": keyed };
    expect(jsonBytes(v).toString()).toBe(JSON.stringify(v));
    const shrinking = [0, 1, 2];
    Object.defineProperty(shrinking, 0, { get: () => ((shrinking.length = 1), 0), enumerable: true });
    const again = [0, 1, 2];
    Object.defineProperty(again, 0, { get: () => ((again.length = 1), 0), enumerable: true });
    expect(jsonBytes({ data: shrinking }).toString()).toBe(JSON.stringify({ data: again }));
  });

  it("refuses what has no JSON text, as JSON.stringify gives none", () => {
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
    expect(jsonBytes([undefined]).toString()).toBe("[null]");
    const holes = { data: [1, , 3], next: [, "x"] };
    expect(jsonBytes(holes).toString()).toBe(JSON.stringify(holes));
    expect(jsonBytes({ a: undefined, b: 1 }).toString()).toBe('{"b":1}');
  });
});

describe("csvBytes", () => {
  it("gives toCsv's bytes for tables of any length, parts or not", () => {
    const cells = ["", "a,b", 'say "x"', "=SUM(A1)", "≈ 300", "two\nlines", 3.5, true, null];
    for (const n of [0, 1, 15, 16, 17, 33, 100]) {
      const table: Table = {
        columns: ["id", "text", "more"],
        rows: Array.from({ length: n }, (_, i) => [
          i,
          cells[i % cells.length] ?? null,
          cells[(i * 5) % cells.length] ?? null,
        ]),
      };
      expect(csvBytes(table).toString("utf8"), `${n} rows`).toBe(toCsv(table));
    }
  });
});
