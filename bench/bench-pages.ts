// The pages and files the benchmarks measure, named once so every table covers the same set.
import { STORIES } from "@/lib/registry/stories";

export type Target = { label: string; path: string };

/** The chart the embed page is measured with; the embed page itself is built on another branch. */
export const EMBED_CHART = "russia-armenia-trade";
export const EMBED_PATH = `/embed/${EMBED_CHART}`;

export const HOME: Target = { label: "home", path: "/" };

export const STORY_PAGES: Target[] = STORIES.map((s) => ({ label: `story ${s.slug}`, path: `/stories/${s.slug}` }));

const FIRST_SERIES = STORIES[0]?.charts[0]?.series[0] ?? "ru-am-trade-turnover";

export const SERIES_PAGE: Target = { label: "series page", path: `/series/${FIRST_SERIES}` };
export const SOURCES_PAGE: Target = { label: "sources", path: "/sources" };
export const SERIES_SVG: Target = { label: "series chart SVG", path: `/charts/series-${FIRST_SERIES}.svg` };

export const CHART_FILES = {
  svg: { label: "chart SVG", path: `/charts/${EMBED_CHART}.svg` },
  png: { label: "chart PNG", path: `/charts/${EMBED_CHART}.png` },
  csv: { label: "chart CSV", path: `/charts/${EMBED_CHART}.csv` },
  json: { label: "chart JSON", path: `/charts/${EMBED_CHART}.json` },
} satisfies Record<string, Target>;

/** The embed page if this build has one (a 200 for it), so results show a TODO row instead of failing. */
export async function embedTarget(origin: string): Promise<Target | undefined> {
  const res = await fetch(`${origin}${EMBED_PATH}`);
  await res.arrayBuffer();
  return res.ok ? { label: `embed ${EMBED_CHART}`, path: EMBED_PATH } : undefined;
}

export const EMBED_TODO_NOTE = `TODO: this build has no ${EMBED_PATH}; re-run this benchmark after the embed branch is merged.`;

/** The row a table shows for the embed page when this build has none. */
export function embedTodoRow(columns: number): string[] {
  return [`${EMBED_PATH} (TODO)`, ...Array<string>(columns - 1).fill("TODO")];
}
