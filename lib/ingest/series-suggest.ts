// Suggests an existing series for a candidate: same unit, and the sentence names the series' entities
// and shares words with its title. No suggestion is better than a wrong one, so the bar is explicit.
import type { EntityRecord, SeriesRecord } from "../dataset/schema";

const STOP = new Set(["the", "and", "of", "to", "in", "on", "for", "with", "by", "from", "a", "an", "its", "their"]);
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.replace(/(?:s|es|ed|ing)$/, "")),
  );

export type SeriesIndex = { series: SeriesRecord[]; entities: EntityRecord[] };

function score(s: SeriesRecord, sentence: string, text: Set<string>, names: Map<string, string[]>): number {
  // Every entity of the series must be named: "Russia" alone does not make a Russia–Armenia figure.
  const named = s.entities.every((e) => (names.get(e.entity) ?? []).some((n) => sentence.includes(n)));
  if (!named) return 0;
  const entityWords = words(s.entities.flatMap((e) => names.get(e.entity) ?? []).join(" "));
  const titleHits = [...words(`${s.title} ${s.measure}`)].filter((w) => text.has(w) && !entityWords.has(w)).length;
  return titleHits === 0 ? 0 : s.entities.length * 2 + titleHits;
}

/** The best-scoring series of the same unit, or null when none clears the bar. */
export function suggestSeries(index: SeriesIndex, sentence: string, unit: string): string | null {
  const names = new Map(
    index.entities.map((e) => [e.id, [e.name, e.name.replace(/ia$/, "ian"), e.name.replace(/a$/, "i")]]),
  );
  const text = words(sentence);
  let best: { slug: string; score: number } | null = null;
  for (const s of index.series) {
    if (s.unit !== unit) continue;
    const sc = score(s, sentence, text, names);
    if (sc >= 3 && (!best || sc > best.score)) best = { slug: s.slug, score: sc };
  }
  return best?.slug ?? null;
}
