// The home page's list: every series with its latest value, written as honestly as the article did, grouped
// by topic with indicators first.
import { viewObservation } from "../model/observation-view";
import { seriesFigurePath } from "./charts";
import { SERIES_KINDS, TOPICS, TOPIC_INFO, type SeriesKind, type Topic } from "../model/taxonomy";
import type { Observation, Series, SeriesWithObservations } from "../model/types";

export type SeriesIndexRow = {
  slug: string;
  title: string;
  measure: string;
  kind: SeriesKind;
  topic: Topic;
  entities: string;
  /** href: the figure on its series page, where its sentences are quoted (seriesFigurePath). */
  latest: {
    label: string;
    period: string;
    derived: boolean;
    href: string;
    sources: { id: string; author: string }[];
  } | null;
  count: number;
};

export type TopicGroup = { topic: Topic; title: string; dek: string; rows: SeriesIndexRow[] };

function latestOf(s: SeriesWithObservations): Observation | undefined {
  // Latest by the end of its period; an observation's own order breaks ties.
  return [...s.observations].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.ordinal - a.ordinal)[0];
}

function sourcesOf(o: Observation): { id: string; author: string }[] {
  return [...new Map(o.citations.map((c) => [c.source.id, { id: c.source.id, author: c.source.author }])).values()];
}

/** The row of one series: its latest figure (latestOf) and how many it has. */
export function seriesIndexRow(s: Series, o: Observation | undefined, count: number): SeriesIndexRow {
  const view = o && viewObservation(o, s.unit);
  return {
    slug: s.slug,
    title: s.title,
    measure: s.measure,
    kind: s.kind,
    topic: s.topic,
    entities: s.entities.map((e) => e.entity.name).join(" · "),
    count,
    latest:
      o && view
        ? {
            label: view.value,
            period: view.period,
            derived: o.derived,
            href: seriesFigurePath(s.slug, o.id),
            sources: sourcesOf(o),
          }
        : null,
  };
}

export function seriesIndex(data: readonly SeriesWithObservations[]): SeriesIndexRow[] {
  return data.map((s) => seriesIndexRow(s, latestOf(s), s.observations.length));
}

/** Rows grouped by topic, in the topics' order; within a topic indicators, then facts, then context. */
export function byTopic(rows: readonly SeriesIndexRow[]): TopicGroup[] {
  return TOPICS.flatMap((topic) => {
    const mine = rows
      .filter((r) => r.topic === topic)
      .sort((a, b) => SERIES_KINDS.indexOf(a.kind) - SERIES_KINDS.indexOf(b.kind));
    return mine.length ? [{ topic, ...TOPIC_INFO[topic], rows: mine }] : [];
  });
}
