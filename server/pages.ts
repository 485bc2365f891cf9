// What each page shows, composed from the registry, the queries and the chart builder: one call per page,
// so pages only lay out what they are given.
import "server-only";
import { getSeriesData, getSeriesSlugs } from "@/db/queries/series";
import { getSource, getSourceIds, getSources } from "@/db/queries/sources";
import type { ChartSpec } from "@/lib/chart/types";
import { chartPagePath, seriesChartId } from "@/lib/registry/charts";
import { TOPICS, type Topic } from "@/lib/model/taxonomy";
import { STORIES, getStory, storyFactSeries } from "@/lib/registry/stories";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import { getSeriesHistory, getServedVersion } from "./changes";
import { getChartSpec } from "./chart-specs";
import { consistent } from "./consistent-read";
import { homeTopics, relatedSeries, topicPageOf } from "./topic-lists";

// Every page's reads come from one data version, read again if a publish lands meanwhile (consistent-read.ts).
export const getSourcePage = consistent(getSource);
export const getSourcesPage = consistent(getSources);
/** The stories with their lead charts, and each topic's first series with their latest figures. */
async function composeHomePage() {
  const [topics, specs] = await Promise.all([
    homeTopics(),
    Promise.all(STORIES.map((s) => getChartSpec(s.charts[0]?.id ?? ""))),
  ]);
  const stories = STORIES.flatMap((story, i) => {
    const spec = specs[i];
    return spec ? [{ story, spec }] : [];
  });
  return { stories, topics };
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

/** A page of one topic's series, indicators first; null when the topic has none or no such page. */
const composeTopicPage = (topic: Topic, page = 1) => topicPageOf(topic, page);

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
  const related = single ? await relatedSeries(series.topic, slug) : undefined;
  const permalink = absoluteUrl(routes.series(slug));
  const { rows = [], total = 0 } = related ?? {};
  return { series, spec, single, related: rows, relatedTotal: total, history, stamp, permalink };
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
