import { serialiseExploreState, EMPTY_STATE, MAX_SERIES } from "@/lib/explore/state";
import { routes } from "@/lib/site/routes";

/** "Compare with other series": the explorer with these series already chosen (issue 10). */
export function CompareLink({ series, label = "Compare with other series" }: { series: string[]; label?: string }) {
  const query = serialiseExploreState({ ...EMPTY_STATE, series: series.slice(0, MAX_SERIES) });
  return (
    <a href={routes.explore(query)} className="no-print text-sm" data-compare-link>
      {label}
      <span aria-hidden="true"> →</span>
    </a>
  );
}
