// The cache key and ETag of a chart file: only the parameters that change the bytes of that format, so
// a CSV asked for with a hundred widths is one cache entry and cannot evict the images (issue 14).
import type { ChartRequest } from "./request";

function printKey(req: ChartRequest): string {
  return req.print ? `-${req.print.widthIn.toFixed(4)}in-${req.print.dpi}dpi-${req.print.page}` : "";
}

export function chartFileKey(req: ChartRequest, dataVersion: string): string {
  const base = `${dataVersion}-${req.chartId}-${req.format}`;
  switch (req.format) {
    case "csv":
    case "json":
      return base;
    case "svg":
      // The SVG is vector: scale only matters once it is rasterised.
      return `${base}-${req.width}-${req.theme}${printKey(req)}${req.outlines ? "-outlines" : ""}`;
    case "pdf":
      return `${base}-${req.theme}${printKey(req)}`;
    case "png":
      return `${base}-${req.width}-${req.scale}-${req.theme}${printKey(req)}`;
  }
}
