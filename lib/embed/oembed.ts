// oEmbed (https://oembed.com): which chart a dashboard URL shows, and the answer a CMS gets for it. Pure,
// so every URL form is tested without a server; app/oembed/route.ts adds the database lookup.
import { snapWidth } from "../chart/request";
import { layoutChart } from "../chart/scene";
import type { ChartSpec } from "../chart/types";
import { SERIES_CHART_PREFIX, chartPagePath } from "../registry/charts";
import { embedCode, estimateEmbedHeight } from "./embed-code";
import {
  DEFAULT_EMBED_OPTIONS,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  parseEmbedOptions,
  type EmbedOptions,
} from "./embed-options";
import { getStory } from "../registry/stories";
import { routes } from "../site/routes";

export type OembedError = { ok: false; status: 400 | 404 | 501; message: string };
export type OembedQuery = { url: string; maxwidth: number | null; maxheight: number | null };
export type ChartTarget = { ok: true; chartId: string; options: EmbedOptions };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_WIDTH = 800;
const NARROWEST = 280;

function dimension(raw: string | null, name: string): number | null | string {
  if (raw === null) return null;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1) return `${name} must be a positive whole number of pixels`;
  return Number(raw);
}

/** The oEmbed request's own parameters; format=xml is a format we do not serve, which the spec makes a 501. */
export function parseOembedQuery(search: URLSearchParams): { ok: true; value: OembedQuery } | OembedError {
  const url = search.get("url");
  if (!url) return { ok: false, status: 400, message: "url is required: the address of a chart on this dashboard" };
  const format = search.get("format") ?? "json";
  if (format !== "json") return { ok: false, status: 501, message: "only format=json is supported" };
  const maxwidth = dimension(search.get("maxwidth"), "maxwidth");
  const maxheight = dimension(search.get("maxheight"), "maxheight");
  if (typeof maxwidth === "string") return { ok: false, status: 400, message: maxwidth };
  if (typeof maxheight === "string") return { ok: false, status: 400, message: maxheight };
  return { ok: true, value: { url, maxwidth, maxheight } };
}

function storyChart(slug: string, hash: string): ChartTarget | OembedError {
  const story = getStory(slug);
  // Fixed texts: the URL is the caller's input and is not echoed back (issue 14).
  if (!story) return { ok: false, status: 404, message: "no story at that URL" };
  const wanted = hash.startsWith("#chart-") ? hash.slice("#chart-".length) : null;
  const chart = wanted === null ? story.charts[0] : story.charts.find((c) => c.id === wanted);
  if (!chart) return { ok: false, status: 404, message: "that story has no such chart" };
  return { ok: true, chartId: chart.id, options: DEFAULT_EMBED_OPTIONS };
}

/**
 * The chart a URL of ours shows: /embed/<chart> (keeping its options), /stories/<slug> (its first chart, or
 * the one a #chart-<id> anchor names) or /series/<slug>. Another site's URL, or a page with no chart, is a 404.
 * Only the host is compared, so an http:// link to an https:// site still resolves.
 */
export function chartFromUrl(raw: string, siteUrl: string): ChartTarget | OembedError {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 400, message: "url must be an absolute http(s) URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, status: 400, message: "url must be an absolute http(s) URL" };
  if (url.host !== new URL(siteUrl).host) return { ok: false, status: 404, message: "not a URL of this dashboard" };
  const [section, slug, ...rest] = url.pathname.replace(/\/+$/, "").split("/").slice(1);
  if (!slug || rest.length > 0 || !SLUG.test(slug))
    return { ok: false, status: 404, message: "this URL shows no chart" };
  if (section === "stories") return storyChart(slug, url.hash);
  if (section === "series")
    return { ok: true, chartId: `${SERIES_CHART_PREFIX}${slug}`, options: DEFAULT_EMBED_OPTIONS };
  if (section !== "embed") return { ok: false, status: 404, message: "this URL shows no chart" };
  const options = parseEmbedOptions(url.searchParams);
  if (!options.ok) return { ok: false, status: 400, message: `url has a bad embed option: ${options.message}` };
  return { ok: true, chartId: slug, options: options.value };
}

export type OembedResponse = {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
};

type ResponseInput = {
  spec: ChartSpec;
  options: EmbedOptions;
  query: OembedQuery;
  siteUrl: string;
  siteName: string;
  /** The PNG thumbnail's credit line names it, so its height depends on it. */
  dataVersion: string;
};

/**
 * The answer for a chart. Width is the consumer's maxwidth, or a column's width, up to the widest layout;
 * a chart taller than maxheight gets a fixed-height frame that scrolls (the height option), since a frame
 * that grows past maxheight would break the consumer's layout.
 */
export function oembedResponse({
  spec,
  options,
  query,
  siteUrl,
  siteName,
  dataVersion,
}: ResponseInput): { ok: true; value: OembedResponse } | OembedError {
  const width = Math.min(query.maxwidth ?? 640, MAX_WIDTH);
  let opts = options;
  if (query.maxheight !== null && estimateEmbedHeight(spec, Math.max(width, NARROWEST), options) > query.maxheight) {
    if (query.maxheight < MIN_EMBED_HEIGHT)
      return { ok: false, status: 404, message: `no embed fits in a maxheight under ${MIN_EMBED_HEIGHT}` };
    opts = { ...options, height: Math.min(query.maxheight, MAX_EMBED_HEIGHT) };
  }
  const height = estimateEmbedHeight(spec, Math.max(width, NARROWEST), opts);
  // The width the image route will draw (it snaps widths to steps), so the stated size is the real one.
  const thumbWidth = snapWidth(Math.max(320, width));
  const value: OembedResponse = {
    version: "1.0",
    type: "rich",
    title: spec.title,
    provider_name: siteName,
    provider_url: new URL(routes.home(), siteUrl).toString(),
    html: embedCode({ spec, siteUrl, options: opts, width: Math.max(width, NARROWEST) }),
    width,
    height,
    thumbnail_url: new URL(routes.chartFile(spec.id, "png", { width: thumbWidth }), siteUrl).toString(),
    thumbnail_width: thumbWidth,
    thumbnail_height: layoutChart(spec, {
      width: thumbWidth,
      standalone: true,
      credit: { chartUrl: new URL(chartPagePath(spec.id) ?? "/", siteUrl).toString(), dataVersion },
    }).height,
    cache_age: 3600,
  };
  return { ok: true, value };
}
