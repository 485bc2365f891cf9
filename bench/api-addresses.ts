// The addresses the API benchmarks ask (bench/api-served.ts over HTTP, bench/api-gc.ts in-process): for each
// kind of request, distinct addresses of a scale database's series, years, entities and sources, the same
// in every run for a seed, so no answer comes from a cache and two runs ask the same things.
import { cursorScope, encodeCursor } from "@/lib/api/cursor";
import { TOPICS } from "@/lib/model/taxonomy";
import { seededRandom } from "@/lib/util/seeded-random";
import { SEARCH_WORDS } from "./scale-pages";

const SERIES = Number(process.env.BENCH_SERIES ?? 20_000);
const files = Math.ceil(SERIES / 20);

/** A page further on, as a client following `next` asks: the last id of the page before. */
const cursor = (slug: string, year: number, filters = "") =>
  encodeCursor([`${slug}/${year}`], cursorScope("/observations", new URLSearchParams(filters)));

export type Kind = "series" | "list" | "observations" | "search";

/** Distinct addresses per kind: random slugs, years, entities; the variants bench/scale.ts cycles through. */
export function addresses(kind: Kind, runs: number, seed: number): string[] {
  // The same addresses in every run of the benchmark (each mode its own seed).
  const r = seededRandom(seed);
  const slug = () => `s-${Math.floor(r() * SERIES)}`;
  const year = () => 1975 + Math.floor(r() * 50);
  const limit = () => 20 + Math.floor(r() * 81);
  const variants: (() => string)[] = [
    () => `/observations?series=${slug()}`,
    () => `/observations?limit=${limit()}`,
    () => {
      const y = year();
      return `/observations?from=${y}&to=${y}&limit=${limit()}`;
    },
    () => `/observations?bound=max&limit=${limit()}`,
    () => `/observations?source=synthetic-${Math.floor(r() * files)}&limit=${limit()}`,
    () => `/observations?entity=C${Math.floor(r() * 10)}&from=${2000 + Math.floor(r() * 25)}`,
    () => `/observations?entity=C${Math.floor(r() * 10)}&limit=${limit()}`,
    () => `/observations?cursor=${cursor(slug(), year())}`,
    () => `/observations?bound=min&cursor=${cursor(slug(), year(), "bound=min")}`,
  ];
  // The list of series: plain, by topic, unit or entity (one in a fifth of the series, or a real one in
  // few), and pages further on.
  const lists: (() => string)[] = [
    () => `/series?limit=${limit()}`,
    () => `/series?topic=${TOPICS[Math.floor(r() * TOPICS.length)] ?? "trade"}&limit=${limit()}`,
    () => `/series?unit=${["USD", "percent", "count"][Math.floor(r() * 3)] ?? "USD"}&limit=${limit()}`,
    () => `/series?entity=C${Math.floor(r() * 10)}&limit=${limit()}`,
    () => `/series?entity=${["AM", "AZ", "RU", "IN", "PK"][Math.floor(r() * 5)] ?? "AM"}`,
    () =>
      `/series?cursor=${encodeCursor([Math.floor(r() * SERIES), `s-${Math.floor(r() * SERIES)}`], cursorScope("/series", new URLSearchParams()))}`,
  ];
  // bench/scale.ts's search mix: the words a reader types, and numbers (each a different figure's digits).
  const search = (i: number) =>
    i % 2
      ? `/search?q=${Math.floor(r() * SERIES) * 7}`
      : `/search?q=${encodeURIComponent(SEARCH_WORDS[(i / 2) % SEARCH_WORDS.length] ?? "")}`;
  const address: Record<Exclude<Kind, "search">, (i: number) => string> = {
    series: () => `/series/${slug()}`,
    list: (i) => (lists[i % lists.length] as () => string)(),
    observations: (i) => (variants[i % variants.length] as () => string)(),
  };
  // Words repeat (8 of them): the mix is runs long, as bench/scale.ts asks it, not only its distinct addresses.
  if (kind === "search") return Array.from({ length: runs }, (_, i) => search(i));
  const seen = new Set<string>();
  for (let i = 0; seen.size < runs && i < runs * 10; i++) seen.add(address[kind](i));
  return [...seen];
}
