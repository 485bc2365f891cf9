// What each page shows, composed from the registry, the queries and the chart builder: one call per page,
// so pages only lay out what they are given.
import "server-only";
import { getSeriesData, getSeriesSlugs } from "@/db/queries/series";
import { fetchSeriesLatest } from "@/db/queries/series-latest";
import { cachePerAttempt } from "@/db/queries/read-attempt";
import { getSource, getSourceIds, getSources } from "@/db/queries/sources";
import type { ChartSpec } from "@/lib/chart/types";
import { chartPagePath, seriesChartId } from "@/lib/registry/charts";
import { byTopic, seriesIndexRow, type TopicGroup } from "@/lib/registry/series-index";
import { TOPICS, type Topic } from "@/lib/model/taxonomy";
import { STORIES, getStory, storyFactSeries } from "@/lib/registry/stories";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import { getSeriesHistory, getServedVersion } from "./changes";
import { getChartSpec } from "./chart-specs";
import { consistent } from "./consistent-read";

// Every page's reads come from one data version, read again if a publish lands meanwhile (consistent-read.ts).
export const getSourcePage = consistent(getSource);
export const getSourcesPage = consistent(getSources);
// getSeriesLatest, cached apart per attempt of a consistent read.
const getSeriesLatest = cachePerAttempt(fetchSeriesLatest);

/** Each series' row of the index: read with its latest figure only, never all its observations. */
async function indexRows(topic?: Topic) {
  return (await getSeriesLatest(topic)).map((s) => seriesIndexRow(s.series, s.latest, s.count));
}

/** The stories with their lead charts, and every series with its latest figure. */
async function composeHomePage() {
  const [rows, specs] = await Promise.all([
    indexRows(),
    Promise.all(STORIES.map((s) => getChartSpec(s.charts[0]?.id ?? ""))),
  ]);
  const stories = STORIES.flatMap((story, i) => {
    const spec = specs[i];
    return spec ? [{ story, spec }] : [];
  });
  return { stories, topics: byTopic(rows) };
}

/** A story's charts and the series its derived facts need; null for an unknown story. */
async function composeStoryPage(slug: string) {
  const story = getStory(slug);
  if (!story) return null;
  const [specs, factData, stamp] = await Promise.all([
    Promise.all(story.charts.map((c) => getChartSpec(c.id))),
    getSeriesData(...storyFactSeries(story)),
    getServedVersion(),
  ]);
  const charts = specs.flatMap((spec) =>
    spec ? [{ spec, permalink: absoluteUrl(routes.storyChart(story.slug, spec.id)) }] : [],
  );
  return { story, charts, factData, stamp };
}

/** The series of one topic, indicators first; null when the topic has none. */
async function composeTopicPage(topic: Topic): Promise<TopicGroup | null> {
  const [group] = byTopic(await indexRows(topic));
  return group ?? null;
}

/**
 * A series with its chart (or, for a single figure, the other figures of its topic) and the history of its
 * figures from the corrections record; null if unknown.
 */
async function composeSeriesPage(slug: string) {
  const [[series], spec, history, stamp] = await Promise.all([
    getSeriesData(slug),
    getChartSpec(seriesChartId(slug)),
    getSeriesHistory(slug),
    getServedVersion(),
  ]);
  if (!series || !spec) return null;
  const single = series.observations.length === 1 ? series.observations[0] : undefined;
  const related = single ? (await composeTopicPage(series.topic))?.rows.filter((r) => r.slug !== slug) : undefined;
  const permalink = absoluteUrl(routes.series(slug));
  return { series, spec, single, related: related ?? [], history, stamp, permalink };
}

/** An embed: the chart and the dashboard page it comes from; null for an unknown chart. */
async function composeEmbedPage(chartId: string): Promise<{ spec: ChartSpec; dashboardUrl: string } | null> {
  const spec = await getChartSpec(chartId);
  const path = chartPagePath(chartId);
  return spec && path ? { spec, dashboardUrl: absoluteUrl(path) } : null;
}

/** Every page a reader can land on: home, stories, series and sources, from the loaded data. */
async function composeSitemapPaths(): Promise<string[]> {
  const [series, sources] = await Promise.all([getSeriesSlugs(), getSourceIds()]);
  return [
    routes.home(),
    ...STORIES.map((s) => routes.story(s.slug)),
    ...series.map((slug) => routes.series(slug)),
    ...TOPICS.map((t) => routes.topic(t)),
    routes.sources(),
    ...sources.map((id) => routes.source(id)),
    routes.explore(),
    routes.apiDocs(),
  ];
}

export const getHomePage = consistent(composeHomePage);
export const getStoryPage = consistent(composeStoryPage);
export const getTopicPage = consistent(composeTopicPage);
export const getSeriesPage = consistent(composeSeriesPage);
export const getEmbedPage = consistent(composeEmbedPage);
export const getSitemapPaths = consistent(composeSitemapPaths);
