// A panel chart as a file, through the renderers every chart uses: the Scene drawn as SVG, PNG or PDF, the
// data as CSV or JSON. Images and PDFs carry the credit (site, data version, the explorer URL that makes them).
import { CHART_LICENCE, type Credit } from "../credit";
import { interFiles } from "../font-files";
import { textOutline } from "../glyph-outlines";
import { sceneToPdf } from "../pdf";
import type { withPngMeta } from "../png-meta";
import { MAX_PNG_PIXELS, RenderLimitError, pngSize, type PngJob, type RenderedFile } from "../render-file";
import type { ChartRequest } from "../request";
import { DEFAULT_PRINT_WIDTH_IN } from "../request-print";
import { sceneToSvg } from "../svg";
import { SITE_NAME } from "../../site/site";
import type { PanelChart } from "./compose";
import { panelCsv, panelJson } from "./downloads-panels";
import { layoutPanels } from "./scene-panels";

function pngMeta(chart: PanelChart, credit: Credit, dpi: number): Parameters<typeof withPngMeta>[1] {
  const sources = chart.footnotes.map((f) => `${f.n}. ${f.author}, ${f.publication}, ${f.published}`).join("; ");
  return {
    dpi,
    text: {
      Title: chart.title,
      Description: chart.summary,
      Author: SITE_NAME,
      Source: credit.chartUrl,
      Copyright: CHART_LICENCE,
      Comment: `Data version ${credit.dataVersion}. Sources: ${sources}`,
    },
  };
}

/** The SVG and metadata of a PNG; the raster is drawn by a render worker (server/) like every chart's. */
export function panelPngJob(chart: PanelChart, req: ChartRequest, credit: Credit): PngJob {
  const scene = layoutPanels(chart, { width: req.width, standalone: true, credit });
  const { px, dpi } = pngSize(req);
  const pixels = px * Math.ceil((scene.height * px) / scene.width);
  if (pixels > MAX_PNG_PIXELS)
    throw new RenderLimitError(`this chart at that size would be ${pixels} pixels; at most ${MAX_PNG_PIXELS}`);
  return { svg: sceneToSvg(scene, { theme: req.theme }), px, meta: pngMeta(chart, credit, dpi) };
}

/** Every format but PNG (see panelPngJob). */
export async function renderPanelFile(chart: PanelChart, req: ChartRequest, credit: Credit): Promise<RenderedFile> {
  const utf8 = (text: string) => Buffer.from(text, "utf8");
  switch (req.format) {
    case "csv":
      return { body: utf8(panelCsv(chart)), contentType: "text/csv; charset=utf-8", filename: null };
    case "json":
      return {
        body: utf8(panelJson(chart, credit.dataVersion, credit.chartUrl)),
        contentType: "application/json; charset=utf-8",
        filename: null,
      };
    case "png":
      throw new Error("PNGs are drawn by the render pool: use panelPngJob");
    case "svg":
    case "pdf": {
      const scene = layoutPanels(chart, { width: req.width, standalone: true, credit });
      if (req.format === "pdf")
        return {
          body: await sceneToPdf(scene, {
            theme: req.theme,
            widthIn: req.print?.widthIn ?? DEFAULT_PRINT_WIDTH_IN,
            page: req.print?.page ?? "figure",
            fonts: interFiles(),
            info: {
              title: chart.title,
              subject: chart.summary,
              author: SITE_NAME,
              keywords: "South Caucasus, trade, arms",
            },
          }),
          contentType: "application/pdf",
          filename: null,
        };
      const fonts = req.outlines ? interFiles() : null;
      const svg = sceneToSvg(scene, {
        theme: req.theme,
        ...(req.print ? { widthIn: req.print.widthIn } : {}),
        ...(fonts ? { outline: (t) => textOutline(fonts[t.weight], t) } : {}),
      });
      return { body: utf8(svg), contentType: "image/svg+xml; charset=utf-8", filename: null };
    }
  }
}
