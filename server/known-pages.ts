// Whether an address names a series, source or chart that exists, asked by the proxy before a page
// renders. Pages for unknown slugs must answer the server-rendered not-found page: rendered on demand,
// notFound() gives Next.js's empty client error shell instead (vercel/next.js#95613), so the proxy sends
// such addresses to a path no route matches, which Next.js answers with its prerendered 404 page.
// The sets are read once per data version; while the database is down, nothing is known and the page
// itself answers (cached, or 503).
import { getLiveState } from "@/db/live-state";
import { fetchKnownIds } from "@/db/queries/known-ids";
import { SERIES_CHART_PREFIX, STORY_CHARTS } from "@/lib/registry/charts";
import { pageCount, parsePageParam } from "@/lib/registry/topic-paging";

type Known = { version: string; series: Set<string>; sources: Set<string>; topicSizes: Map<string, number> };

const held = ((
  globalThis as { dashboardKnownIds?: { known: Known | null; pending: Promise<Known> | null } }
).dashboardKnownIds ??= { known: null, pending: null });

const STORY_CHART_IDS = new Set(STORY_CHARTS.map((c) => c.id));

async function knownFor(version: string): Promise<Known> {
  if (held.known?.version === version) return held.known;
  held.pending ??= fetchKnownIds()
    .then(({ series, sources, topicSizes }) => {
      held.known = { version, series: new Set(series), sources: new Set(sources), topicSizes };
      return held.known;
    })
    .finally(() => (held.pending = null));
  return held.pending;
}

/** Whether `?page=` names a page the topic has: a topic page past its last page, or not a page number,
 *  is not found (an unknown topic is left to the route, which knows the topics). */
function topicPageExists(k: Known, topic: string, search: URLSearchParams): boolean {
  const given = search.getAll("page");
  const page = parsePageParam(given.length === 0 ? undefined : given.length === 1 ? given[0] : given);
  const size = k.topicSizes.get(topic);
  return page !== null && (size === undefined ? page === 1 : page <= pageCount(size));
}

const PAGES: [RegExp, (k: Known, id: string, search: URLSearchParams) => boolean][] = [
  [/^\/series\/([^/]+)$/, (k, slug) => k.series.has(slug)],
  [/^\/topics\/([^/]+)$/, topicPageExists],
  [/^\/sources\/([^/]+)$/, (k, id) => k.sources.has(id)],
  [
    /^\/embed\/([^/]+)(?:\/|$)/,
    (k, chart) =>
      STORY_CHART_IDS.has(chart) ||
      (chart.startsWith(SERIES_CHART_PREFIX) && k.series.has(chart.slice(SERIES_CHART_PREFIX.length))),
  ],
];

/** True when the address is a series, source or embed page whose subject does not exist, or a topic page
 *  past the topic's last page. */
export async function isUnknownPage(pathname: string, search = new URLSearchParams()): Promise<boolean> {
  for (const [pattern, exists] of PAGES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const state = await getLiveState();
    if (!state.ok) return false;
    try {
      return !exists(await knownFor(state.version), decodeURIComponent(match[1] ?? ""), search);
    } catch {
      return false;
    }
  }
  return false;
}
