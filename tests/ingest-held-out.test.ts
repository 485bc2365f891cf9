// Held-out articles for the ingest step's time rules: three articles written for the tests (not the seed
// articles the bench measures), each with the periods a careful reviewer would enter. A figure whose
// sentence has no time of its own must say which sentence or heading its period was inferred from.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCandidates } from "@/lib/ingest/candidates";

type Expected = {
  published: string;
  figures: { raw: string; value: number; period: string; kind: string; vague?: boolean; inferredFrom?: string }[];
  notFigures: { raw: string; reason: string }[];
};
const dir = fileURLToPath(new URL("./fixtures/ingest/", import.meta.url));
const ARTICLES = ["grain-terminal", "pipeline-summit", "mountain-railway"];

describe.each(ARTICLES)("held-out article %s", (name) => {
  const text = readFileSync(`${dir}${name}.txt`, "utf8");
  const expected = JSON.parse(readFileSync(`${dir}${name}.expected.json`, "utf8")) as Expected;
  const candidates = buildCandidates(text, expected.published);

  it.each(expected.figures)("$raw → $period $kind", (f) => {
    const c = candidates.find((x) => x.raw === f.raw && !x.notFigure);
    expect(c, `no candidate "${f.raw}"`).toBeDefined();
    if (!c) return;
    expect(c.value).toBe(f.value);
    expect([c.period.period, c.period.kind], c.period.cue).toEqual([f.period, f.kind]);
    expect(c.period.vague).toBe(f.vague ?? false);
    if (f.inferredFrom) {
      expect(c.period.inferredFrom, c.period.cue).toContain(f.inferredFrom);
      expect(c.period.assumed).toBe(false);
    } else expect(c.period.inferredFrom, c.period.cue).toBeUndefined();
  });

  it.runIf(expected.notFigures.length > 0)("keeps reader comments' numbers, marked as not figures", () => {
    for (const n of expected.notFigures) {
      const c = candidates.find((x) => x.raw === n.raw);
      expect(c?.notFigure, n.raw).toBe(n.reason);
    }
  });
});
