import "server-only";
import { and, desc, eq, gt, inArray, max, ne, type SQL } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { figureChanges, publishes, series, type FigureChange, type Publish } from "../schema";

export type { FigureChange, Publish };
/** A change with its publish, and its series' title and unit (null once the series itself is gone). */
export type DatedChange = FigureChange & {
  publishedAt: string;
  version: string;
  seriesTitle: string | null;
  unit: string | null;
};

/** Changes matching `where`, newest first, each with its publish and its series' title and unit. */
async function datedChanges(db: Db, where: SQL | undefined, limit: number): Promise<DatedChange[]> {
  const rows = await db
    .select({
      change: figureChanges,
      publishedAt: publishes.publishedAt,
      version: publishes.version,
      seriesTitle: series.title,
      unit: series.unit,
    })
    .from(figureChanges)
    .innerJoin(publishes, eq(publishes.id, figureChanges.publishId))
    .leftJoin(series, eq(series.slug, figureChanges.seriesSlug))
    .where(where)
    .orderBy(desc(figureChanges.id))
    .limit(limit);
  return rows.map(({ change, ...rest }) => ({ ...change, ...rest }));
}

/** Every publish, newest first. */
export async function fetchPublishes(db: Db = getDb(), limit = 500): Promise<Publish[]> {
  return db.select().from(publishes).orderBy(desc(publishes.id)).limit(limit);
}

/** The publish that loaded the data being served, or null before the first publish was recorded. */
export async function fetchLatestPublish(db: Db = getDb()): Promise<Publish | null> {
  return (await db.select().from(publishes).orderBy(desc(publishes.id)).limit(1).get()) ?? null;
}

/** The figures the given publishes added, changed or removed, up to `limit`. */
export async function fetchPublishChanges(
  publishIds: readonly number[],
  db: Db = getDb(),
  limit = 2000,
): Promise<DatedChange[]> {
  if (publishIds.length === 0) return [];
  return datedChanges(db, inArray(figureChanges.publishId, [...publishIds]), limit);
}

/** What happened to the figures of some series, newest first: their history on a series page. */
export async function fetchSeriesHistory(slugs: readonly string[], db: Db = getDb()): Promise<DatedChange[]> {
  if (slugs.length === 0) return [];
  return datedChanges(db, inArray(figureChanges.seriesSlug, [...slugs]), 200);
}

/**
 * Changes to the figures of some series published after the given data version: what an old embed
 * code has missed. Empty for an unknown version (an embed code from before versions were recorded).
 */
export async function fetchChangesSince(
  version: string,
  slugs: readonly string[],
  db: Db = getDb(),
): Promise<DatedChange[]> {
  const made = await db
    .select({ id: publishes.id })
    .from(publishes)
    .where(eq(publishes.version, version))
    .orderBy(desc(publishes.id))
    .limit(1)
    .get();
  if (!made || slugs.length === 0) return [];
  return datedChanges(db, and(gt(publishes.id, made.id), inArray(figureChanges.seriesSlug, [...slugs])), 50);
}

/** Added and corrected figures, newest first: the Atom feed's entries. */
export async function fetchFeedChanges(limit = 100, db: Db = getDb()): Promise<DatedChange[]> {
  return datedChanges(db, ne(figureChanges.kind, "removed"), limit);
}

/** When each series last had a figure added, changed or removed: the sitemap's lastmod. */
export async function fetchSeriesLastChanged(db: Db = getDb()): Promise<Map<string, string>> {
  const rows = await db
    .select({ slug: figureChanges.seriesSlug, at: max(publishes.publishedAt) })
    .from(figureChanges)
    .innerJoin(publishes, eq(publishes.id, figureChanges.publishId))
    .groupBy(figureChanges.seriesSlug);
  return new Map(rows.flatMap((r) => (r.at ? [[r.slug, r.at] as const] : [])));
}

/** The first publish recorded: what every page dates from when nothing changed it since. */
export async function fetchFirstPublish(db: Db = getDb()): Promise<Publish | null> {
  return (await db.select().from(publishes).orderBy(publishes.id).limit(1).get()) ?? null;
}
