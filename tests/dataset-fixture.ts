// A small valid dataset written to a temporary folder, and ways to break it one rule at a time.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

export type Fixture = {
  sources: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  series: Record<string, unknown>[];
  observations: Record<string, unknown>[];
};

/** A figure the valid fixture does not have: the tests' "figure added" (its quote is in the fixture's article). */
export const ADDED_SHARE_2024 = {
  id: "ru-share/2024",
  series: "ru-share",
  period: "2024",
  value: 30,
  bound: "approx",
  citations: [{ source: "poghosyan-2025", quote: "In 2024 the share was about 30%" }],
};

export function validFixture(): Fixture {
  return {
    sources: [
      {
        id: "poghosyan-2025",
        title: null,
        author: "Benyamin Poghosyan",
        publication: "Aravot",
        publisher: "Aravot daily",
        published: { date: "2025-05-22" },
        url: "https://en.aravot.am/2025/05/22/359931",
      },
      {
        id: "avdaliani-2023",
        title: null,
        author: "Emil Avdaliani",
        publication: "Europe's Edge",
        publisher: "CEPA",
        published: { from: "2023-02-16", to: "2023-02-28", inferred: true, note: "inferred from the text" },
        url: null,
      },
    ],
    entities: [
      { id: "RU", name: "Russia", kind: "country", iso: "RU" },
      { id: "AM", name: "Armenia", kind: "country", iso: "AM" },
    ],
    series: [
      {
        slug: "ru-am-trade",
        title: "Russia–Armenia trade",
        unit: "USD",
        measure: "trade-turnover",
        kind: "indicator",
        topic: "trade",
        entities: [
          { entity: "RU", role: "partner" },
          { entity: "AM", role: "partner" },
        ],
      },
      {
        slug: "ru-am-growth",
        title: "Russia–Armenia trade growth",
        unit: "percent-change",
        measure: "trade-growth",
        kind: "indicator",
        topic: "trade",
        entities: [{ entity: "RU", role: "partner" }],
      },
      {
        slug: "ru-share",
        title: "Russia's share",
        unit: "percent",
        measure: "arms-import-share",
        kind: "indicator",
        topic: "arms-transfers",
        entities: [
          { entity: "RU", role: "supplier" },
          { entity: "AM", role: "recipient" },
        ],
      },
    ],
    observations: [
      {
        id: "ru-am-trade/2021",
        series: "ru-am-trade",
        period: "2021",
        value: 2.5e9,
        bound: "exact",
        citations: [
          {
            source: "poghosyan-2025",
            quote: "In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.",
          },
        ],
      },
      {
        id: "ru-am-trade/2024",
        series: "ru-am-trade",
        period: "2024",
        value: 12.4e9,
        bound: "exact",
        citations: [
          {
            source: "poghosyan-2025",
            quote: "In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.",
          },
        ],
      },
      {
        id: "ru-am-growth/2022",
        series: "ru-am-growth",
        period: "2022",
        value: 70,
        bound: "approx",
        citations: [
          { source: "avdaliani-2023", quote: "A near-70% growth in bilateral trade was registered in 2022." },
        ],
      },
      {
        id: "ru-am-trade/2022",
        series: "ru-am-trade",
        period: "2022",
        value: 4.25e9,
        bound: "approx",
        derived: { formula: "{ru-am-trade/2021} * (1 + {ru-am-growth/2022} / 100)", precision: 2 },
      },
      {
        id: "ru-share/2025",
        series: "ru-share",
        period: "2025",
        value: 10,
        bound: "max",
        strict: true,
        citations: [{ source: "poghosyan-2025", quote: "As of 2025, that figure has dropped to below 10%" }],
      },
    ],
  };
}

/** Writes the fixture as data files; raw overrides replace a file's text (for YAML syntax errors). */
export function writeDataset(f: Fixture, raw: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "dataset-"));
  const data = join(dir, "data");
  mkdirSync(join(data, "series"), { recursive: true });
  mkdirSync(join(data, "observations"), { recursive: true });
  const files: Record<string, unknown> = {
    "sources.yaml": f.sources,
    "entities.yaml": f.entities,
    "series/series.yaml": f.series,
    "observations/observations.yaml": f.observations,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(data, name), raw[name] ?? stringify(content));
  return data;
}
