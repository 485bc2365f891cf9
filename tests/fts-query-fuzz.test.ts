// Whatever a reader types, the FTS5 query built from it is valid FTS5: FTS5 refuses a malformed query with
// an error, which the site would answer as an outage. Seeded random text from letters, marks, digits and
// FTS5's own syntax, against an in-memory index defined as the site's is.
import Database from "libsql";
import { describe, expect, it } from "vitest";
import { SEARCH_DEFINITION, SEARCH_TABLE } from "@/db/search-index";
import { toFtsQuery } from "@/lib/search/fts-query";

const PIECES = ["a", "y", "Y", "é", "ß", "İ", "ı", "ﬁ", "Ա", "ы", "ي", "中", "𝐀", "😀", "\u0301", "1", "9", "-"];
const SYNTAX = ["'", '"', "*", "(", ")", ":", "^", "+", " ", " OR ", " AND ", " NOT ", "NEAR(", "{", "}"];
const ALL = [...PIECES, ...SYNTAX, "operat", "governm", "Pashiny", "synthe"];

function seeded(seed: number): () => number {
  let a = seed;
  return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe("toFtsQuery", () => {
  it("builds a query FTS5 accepts from any text, typed ahead or not", () => {
    const db = new Database(":memory:");
    db.exec(`create virtual table ${SEARCH_TABLE} ${SEARCH_DEFINITION}`);
    db.prepare(`insert into ${SEARCH_TABLE} (kind, ref, title, body) values ('s', 'x', ?, ?)`).run(
      "Operations of the government",
      "Pashinyan said the synthetic figures were estimated",
    );
    const match = db.prepare(`select count(*) from ${SEARCH_TABLE} where ${SEARCH_TABLE} match ?`);
    const random = seeded(7);
    for (let i = 0; i < 2000; i++) {
      const length = 1 + Math.floor(random() * 10);
      const text = Array.from({ length }, () => ALL[Math.floor(random() * ALL.length)]).join("");
      const query = toFtsQuery(text);
      if (query !== null) expect(() => match.get(query), `${JSON.stringify(text)} → ${query}`).not.toThrow();
    }
    expect(match.get(toFtsQuery("the operat") ?? "")).toMatchObject({ "count(*)": 1 });
  });
});
