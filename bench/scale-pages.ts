// The scale benchmark's page and API timings, run in the query child after it has pointed DATABASE_URL at
// the benchmark's database (scale-measure.ts): hence the modules that read it are imported here, late.
import { SERIES_PER_FILE } from "./scale-dataset";
import { type Stats, time } from "./scale-stats";

type Path = (i: number) => string;
type Get = (path: string) => Promise<void>;

// The words a reader types; bench/api-served.ts asks a served API the same mix.
export const SEARCH_WORDS = [
  "Gyumri",
  "JF-17",
  "arms imports",
  "Pinaka",
  "billion",
  "did not exceed",
  "million",
  "synthetic series",
];

/**
 * The data each page reads and composes (server/pages.ts: the same calls the pages make, without React's
 * per-request cache), on the real stories and topics, which the dataset carries beside the synthetic series.
 */
export async function measurePages(): Promise<Record<string, Stats>> {
  const { getHomePage, getStoryPage, getTopicPage } = await import("@/server/pages");
  const { STORIES } = await import("@/lib/registry/stories");
  const { TOPICS } = await import("@/lib/model/taxonomy");
  const home = await time(
    200,
    30_000,
    async () => {
      const page = await getHomePage();
      if (page.stories.length !== STORIES.length) throw new Error("home page: a story chart is missing");
    },
    2,
  );
  const stories = await time(
    200,
    30_000,
    async (i) => {
      const story = STORIES[i % STORIES.length];
      if (!story || !(await getStoryPage(story.slug))?.charts.length) throw new Error("story page: no charts");
    },
    5,
  );
  // Each topic's pages in turn, spread from the first to the last (a later page skips more rows).
  const pages = new Map(await Promise.all(TOPICS.map(async (t) => [t, (await getTopicPage(t))?.pages ?? 1] as const)));
  const topic = await time(
    200,
    30_000,
    async (i) => {
      const t = TOPICS[i % TOPICS.length] ?? "trade";
      const page = 1 + ((i * 7) % (pages.get(t) ?? 1));
      if (!(await getTopicPage(t, page))?.rows.length) throw new Error(`topic page ${t} ${page}: empty`);
    },
    2,
  );
  return { home, stories, topic };
}

/** A request per run, taking the paths in turn. */
const cycle = (get: Get, paths: Path[]) => (i: number) => get((paths[i % paths.length] as Path)(i));

/** The /observations filters a client would use, by name; `pick` spreads them over the series. */
async function observationPaths(seriesCount: number, pick: (i: number) => number): Promise<Record<string, Path>> {
  const files = Math.ceil(seriesCount / SERIES_PER_FILE);
  const { cursorScope, encodeCursor } = await import("@/lib/api/cursor");
  // A page further on, as a client following `next` asks: the cursor is the last id of the page before.
  const cursor = (i: number, filters = "") =>
    encodeCursor([`s-${pick(i)}/${1975 + (i % 50)}`], cursorScope("/observations", new URLSearchParams(filters)));
  return {
    series: (i) => `/observations?series=s-${pick(i)}`,
    plain: () => "/observations?limit=100",
    "one year": (i) => `/observations?from=${1975 + (i % 50)}&to=${1975 + (i % 50)}`,
    bound: () => "/observations?bound=max",
    source: (i) => `/observations?source=synthetic-${pick(i) % files}`,
    "entity+from": (i) => `/observations?entity=C${i % 10}&from=2020`,
    entity: (i) => `/observations?entity=C${i % 10}`,
    cursor: (i) => `/observations?cursor=${cursor(i)}`,
    "bound+cursor": (i) => `/observations?bound=min&cursor=${cursor(i, "bound=min")}`,
  };
}

/**
 * The public API's endpoints through its front door (server/api/handle.ts: validation, query, JSON, ETag),
 * in this process: what a request costs the server minus Next.js's routing. Each kind cycles through
 * filters a client would use.
 */
export async function measureApi(seriesCount: number, pick: (i: number) => number): Promise<Record<string, Stats>> {
  const { handleApi } = await import("@/server/api/handle");
  const get: Get = async (path) => {
    const res = await handleApi(new Request(`http://127.0.0.1/api/v1${path}`));
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  };
  const series = cycle(get, [
    () => "/series",
    () => "/series?topic=trade&limit=100",
    () => "/series?unit=USD",
    (i) => `/series?entity=C${i % 10}`,
  ]);
  const seriesDetail = cycle(get, [(i) => `/series/s-${pick(i)}`]);
  const observationsBy = await observationPaths(seriesCount, pick);
  const observations = cycle(get, Object.values(observationsBy));
  const search = cycle(get, [
    (i) => `/search?q=${encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length] ?? "")}`,
    (i) => `/search?q=${pick(i) * 7}`,
  ]);
  const all = {
    series: await time(200, 30_000, series, 20),
    seriesDetail: await time(200, 30_000, seriesDetail, 20),
    observations: await time(300, 30_000, observations, 30),
    search: await time(200, 60_000, search, 20),
  };
  return { ...all, ...(await measureVariants(get, observationsBy)) };
}

/** Each variant alone, so a slow one is named rather than averaged away. */
async function measureVariants(get: Get, observationsBy: Record<string, Path>): Promise<Record<string, Stats>> {
  const variants: Record<string, Stats> = {};
  for (const [name, path] of Object.entries(observationsBy))
    variants[`/observations ${name}`] = await time(100, 10_000, (i) => get(path(i)), 5);
  for (const word of [...SEARCH_WORDS, "8631"])
    variants[`/search ${word}`] = await time(100, 10_000, () => get(`/search?q=${encodeURIComponent(word)}`), 5);
  return variants;
}
