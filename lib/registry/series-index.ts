// The home page's list: every series with its latest value, written as honestly as the article did.
import type { SeriesData } from "@/db/queries/series";
import { formatBounded } from "../model/format";
import { formatPeriod } from "../model/period";
import { isUnit } from "../model/units";

export type SeriesIndexRow = {
  slug: string;
  title: string;
  measure: string;
  entities: string;
  latest: { label: string; period: string; derived: boolean; sources: { id: string; author: string }[] } | null;
  count: number;
};

function latestOf(s: SeriesData): SeriesData["observations"][number] | undefined {
  // Latest by the end of its period; an observation's own order breaks ties.
  return [...s.observations].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.ordinal - a.ordinal)[0];
}

export function seriesIndex(data: SeriesData[]): SeriesIndexRow[] {
  return data.map((s) => {
    const o = latestOf(s);
    const unit = s.unit;
    return {
      slug: s.slug,
      title: s.title,
      measure: s.measure,
      entities: s.entities.map((e) => e.entity.name).join(" · "),
      count: s.observations.length,
      latest:
        o && isUnit(unit)
          ? {
              label: formatBounded({ value: o.value, unit, bound: o.bound, strict: o.strict }),
              period: formatPeriod(o.period),
              derived: o.derived,
              sources: [
                ...new Map(
                  o.citations.map((c) => [c.source.id, { id: c.source.id, author: c.source.author }]),
                ).values(),
              ],
            }
          : null,
    };
  });
}
