import "server-only";
// The corrections record as pages, the feed and embeds use it.
import { cache } from "react";
import {
  fetchChangesSince,
  fetchFeedChanges,
  fetchFirstPublish,
  fetchLatestPublish,
  fetchPublishChanges,
  fetchPublishes,
  fetchSeriesHistory,
  fetchSeriesLastChanged,
  type DatedChange,
  type Publish,
} from "@/db/queries/changes";
import { getLiveState } from "@/db/live-state";
import { describeChange, type ChangeEntry } from "@/lib/model/figure-change";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";

export type { ChangeEntry, Publish };

const toEntry = (c: DatedChange): ChangeEntry => ({
  ...c,
  seriesTitle: c.seriesTitle ?? c.seriesSlug,
  unit: c.unit ?? "",
});

export type ServedVersion = { version: string; publishedAt: string | null };

/**
 * The data version a page is made from and the date it was published: the replica's live state, the
 * same version its cached pages and chart files are keyed by. Never throws: a footer without its version
 * line is better than a failed page.
 */
export const getServedVersion = cache(async (): Promise<ServedVersion | null> => {
  const state = await getLiveState().catch(() => null);
  return state?.ok ? { version: state.version, publishedAt: state.publishedAt } : null;
});

export async function getSeriesHistory(slug: string): Promise<ChangeEntry[]> {
  return (await fetchSeriesHistory([slug])).map(toEntry);
}

/** Every publish, newest first, with the figures of the latest ones. */
export async function getChangeLog(): Promise<{ publishes: Publish[]; changes: Map<number, ChangeEntry[]> }> {
  const publishes = await fetchPublishes();
  const changes = new Map<number, ChangeEntry[]>();
  for (const c of await fetchPublishChanges(publishes.slice(0, 50).map((p) => p.id)))
    changes.set(c.publishId, [...(changes.get(c.publishId) ?? []), toEntry(c)]);
  return { publishes, changes };
}

export async function getFeedChanges(): Promise<ChangeEntry[]> {
  return (await fetchFeedChanges(100)).map(toEntry);
}

/** What changed in these series since the data version an embed code was made from. */
export async function getChangesSince(version: string, seriesSlugs: readonly string[]): Promise<ChangeEntry[]> {
  return (await fetchChangesSince(version, seriesSlugs)).map(toEntry);
}

/** lastmod of each page: a series page dates from its last change, every other page from the last publish. */
export async function getLastModified(): Promise<{ latest: string | null; series: (slug: string) => string | null }> {
  const [latest, first, bySeries] = await Promise.all([
    fetchLatestPublish(),
    fetchFirstPublish(),
    fetchSeriesLastChanged(),
  ]);
  const since = first?.publishedAt ?? null;
  return { latest: latest?.publishedAt ?? null, series: (slug) => bySeries.get(slug) ?? since };
}

/** One line for an embed made from `since` whose chart's figures changed after it, or null. */
export async function getEmbedNotice(
  seriesSlugs: readonly string[],
  since: string | null,
): Promise<{ text: string; href: string } | null> {
  if (!since) return null;
  const changes = await getChangesSince(since, [...new Set(seriesSlugs)]);
  const latest = changes[0];
  if (!latest) return null;
  const count = changes.length === 1 ? "A figure" : `${changes.length} figures`;
  return {
    text: `${count} changed since this chart was embedded: ${latest.seriesTitle}, ${latest.period}, ${describeChange(latest, latest.unit)}.`,
    href: absoluteUrl(routes.changes(latest.publishId)),
  };
}
