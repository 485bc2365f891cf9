// The HTML another site pastes to show a chart: a frame that public/embed.js grows to its content, and an
// image with the chart's summary for readers without JavaScript. Pure: the spec and SITE_URL in, a string out.
import { sourceLine } from "../cite/source-line";
import { layoutChart } from "../chart/scene";
import { notesWithoutTable } from "../chart/scene-frame";
import { textWidth } from "../chart/scene-text";
import type { ChartSpec, Footnote } from "../chart/types";
import { embedLayoutWidth } from "../chart/layouts";
import { DEFAULT_EMBED_OPTIONS, embedQuery, type EmbedOptions } from "./embed-options";
import { routes } from "../site/routes";
import { embedSpec } from "./embed-spec";
import { EMBED_VERSION_PARAM } from "./embed-since";

/** The frame width the estimate assumes when the host's is unknown: a typical article column. */
export const DEFAULT_EMBED_WIDTH = 640;
const FALLBACK_IMAGE_WIDTH = 800;

export function escapeAttr(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Lines a text wraps to in `width` px; a little pessimistic, since words do not break where the width ends. */
function lines(text: string, size: number, width: number, weight: 400 | 600 = 400): number {
  return Math.max(1, Math.ceil((textWidth(text, size, weight) * 1.08) / Math.max(width, 1)));
}

function footnoteHeight(f: Footnote, width: number): number {
  const head = `[${f.n}] ${sourceLine(f)}${f.publishedInferred ? " (publication date estimated)" : ""}.`;
  const quote = lines(`“${f.quote}”`, 14, width - 12) * 20 + 8;
  return (
    8 +
    lines(head, 14, width) * 20 +
    quote +
    lines("Open the sentence in the article ↗ · All figures from this article", 14, width) * 20
  );
}

function sourcesHeight(spec: ChartSpec, options: EmbedOptions, width: number): number {
  if (options.footnotes === "hide") {
    const text = spec.footnotes.map((f) => `${f.author} (${f.publication}, ${f.published})`).join("; ");
    return 12 + lines(`Sources: ${text}`, 14, width) * 20;
  }
  const notes = spec.footnotes.map((f) => footnoteHeight(f, width - 40) + 12);
  return 16 + 20 + 8 + notes.reduce((a, b) => a + b, 0) - (notes.length ? 12 : 0);
}

/**
 * The embed page's height at a frame width, from the same text metrics the chart layout uses: the frame's
 * first height, before embed.js measures the real one, so that a page rarely jumps when it loads.
 */
export function estimateEmbedHeight(
  spec: ChartSpec,
  frameWidth: number,
  options: EmbedOptions = DEFAULT_EMBED_OPTIONS,
): number {
  if (options.height !== null) return options.height;
  const width = frameWidth - 24;
  const layout = embedLayoutWidth(frameWidth);
  const plot = layoutChart(embedSpec(spec, options), { width: layout, standalone: false }).height * (width / layout);
  const legendItems = Object.values(spec.marks).filter(Boolean).length;
  const legend = 8 + Math.max(1, Math.ceil((legendItems * 150) / width)) * 16;
  const head = lines(spec.title, 18, width, 600) * 24.75 + lines(spec.subtitle, 14, width) * 20 + legend;
  const written = notesWithoutTable(spec);
  const notes = written.length
    ? 12 + written.reduce((sum, n) => sum + lines(`${n.label}: ${n.text}`, 14, width) * 20 + 4, -4)
    : 0;
  const footer =
    16 + 9 + lines("Caucasus Flows: this chart with its data table, downloads and citation ↗", 14, width) * 20;
  return Math.ceil(24 + head + 8 + plot + notes + sourcesHeight(spec, options, width) + footer);
}

/**
 * The address of a chart's embed page, with its options in canonical order, and the data version the code
 * is made from (`v`, issue 12): once a figure of the chart changes, the embed says so.
 */
export function embedUrl(
  chartId: string,
  siteUrl: string,
  options: EmbedOptions = DEFAULT_EMBED_OPTIONS,
  dataVersion?: string,
): string {
  const url = new URL(`${routes.embed(chartId)}${embedQuery(options)}`, siteUrl);
  if (dataVersion) url.searchParams.set(EMBED_VERSION_PARAM, dataVersion);
  return url.toString();
}

export type EmbedCodeInput = {
  spec: ChartSpec;
  siteUrl: string;
  options?: EmbedOptions;
  width?: number;
  dataVersion?: string;
};

/** The iframe, the resizer script and the no-script image, every attribute escaped. */
export function embedCode({
  spec,
  siteUrl,
  options = DEFAULT_EMBED_OPTIONS,
  width = DEFAULT_EMBED_WIDTH,
  dataVersion,
}: EmbedCodeInput): string {
  const src = embedUrl(spec.id, siteUrl, options, dataVersion);
  const script = new URL(routes.embedScript(), siteUrl).toString();
  const image = new URL(routes.chartFile(spec.id, "png", { width: FALLBACK_IMAGE_WIDTH }), siteUrl).toString();
  const height = estimateEmbedHeight(spec, width, options);
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(spec.title)}" style="width:100%;border:0" height="${height}" loading="lazy"></iframe>` +
    `<script async src="${escapeAttr(script)}"></script>` +
    `<noscript><img src="${escapeAttr(image)}" alt="${escapeAttr(spec.summary)}" width="${FALLBACK_IMAGE_WIDTH}" style="max-width:100%;height:auto"></noscript>`
  );
}
