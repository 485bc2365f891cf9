// A chart as a file: the same spec drawn as SVG or PNG, or written as CSV or JSON.
import type { ChartRequest } from "./request";
import { toCsv, toJson } from "./downloads";
import { svgToPng } from "./png";
import { layoutChart } from "./scene";
import { sceneToSvg } from "./svg";
import type { ChartSpec } from "./types";

export type RenderedFile = { body: Buffer; contentType: string; filename: string | null };

export function renderChartFile(spec: ChartSpec, req: ChartRequest, dataVersion: string): RenderedFile {
  const utf8 = (text: string) => Buffer.from(text, "utf8");
  switch (req.format) {
    case "csv":
      return { body: utf8(toCsv(spec)), contentType: "text/csv; charset=utf-8", filename: `${spec.id}.csv` };
    case "json":
      return { body: utf8(toJson(spec, dataVersion)), contentType: "application/json; charset=utf-8", filename: null };
    case "svg":
    case "png": {
      const svg = sceneToSvg(layoutChart(spec, { width: req.width, standalone: true }), { theme: req.theme });
      if (req.format === "svg") return { body: utf8(svg), contentType: "image/svg+xml; charset=utf-8", filename: null };
      return {
        body: svgToPng(svg, { width: Math.round(req.width * req.scale) }),
        contentType: "image/png",
        filename: null,
      };
    }
  }
}
