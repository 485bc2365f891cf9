import type { ChartSpec } from "./types";

/**
 * What the interactive view draws. Client components receive their props inside every page's RSC
 * payload, so the page sends only these fields, not the footnote quotes, notes and summary the
 * server-drawn figure already shows.
 */
export type InteractiveSpec = Pick<ChartSpec, "id" | "kind" | "unit" | "xDomain" | "yDomain" | "series">;

export function interactiveSpec({ id, kind, unit, xDomain, yDomain, series }: ChartSpec): InteractiveSpec {
  return { id, kind, unit, xDomain, yDomain, series };
}
