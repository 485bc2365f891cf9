// The embed code and oEmbed answer of an explorer chart: the same frame, resizer script and no-script image
// as a built-in chart's (embed-code.ts), pointing at /explore/embed and /explore/chart.png with the state.
// Every attribute is escaped: the title is the reporter's own text.
import type { PanelChart } from "../chart/panels/compose";
import { layoutPanels } from "../chart/panels/scene-panels";
import { snapWidth } from "../chart/request";
import { routes } from "../site/routes";
import { DEFAULT_EMBED_WIDTH, escapeAttr } from "./embed-code";
import { EMBED_THEMES, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, type EmbedTheme } from "./embed-options";
import type { OembedError, OembedQuery, OembedResponse } from "./oembed";

const FALLBACK_IMAGE_WIDTH = 800;
const MAX_WIDTH = 800;
const NARROWEST = 280;

/** The frame's first height before embed.js measures it: the standalone image's height at the frame width, plus the footer. */
export function estimateExploreHeight(chart: PanelChart, frameWidth: number): number {
  return layoutPanels(chart, { width: Math.max(NARROWEST, frameWidth - 24), standalone: true }).height + 80;
}

/** How the frame shows the chart: its theme, and a fixed height whose content scrolls (null: it grows). */
export type ExploreFrame = { theme: EmbedTheme; fixedHeight: number | null };

/** The frame's html; a fixed height is the embed's height=N, which its height script applies. */
export function exploreEmbedCode(
  chart: PanelChart,
  query: string,
  siteUrl: string,
  width = DEFAULT_EMBED_WIDTH,
  { theme, fixedHeight }: ExploreFrame = { theme: "light", fixedHeight: null },
) {
  const options = [theme === "light" ? "" : `theme=${theme}`, fixedHeight === null ? "" : `height=${fixedHeight}`];
  const framed = [query, ...options].filter((part) => part !== "").join("&");
  const src = new URL(routes.exploreEmbed(framed), siteUrl).toString();
  const script = new URL(routes.embedScript(), siteUrl).toString();
  const image = new URL(routes.exploreFile("png", query, { width: FALLBACK_IMAGE_WIDTH }), siteUrl).toString();
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(chart.title)}" style="width:100%;border:0" height="${fixedHeight ?? estimateExploreHeight(chart, width)}" loading="lazy"></iframe>` +
    `<script async src="${escapeAttr(script)}"></script>` +
    `<noscript><img src="${escapeAttr(image)}" alt="${escapeAttr(chart.summary)}" width="${FALLBACK_IMAGE_WIDTH}" style="max-width:100%;height:auto"></noscript>`
  );
}

/** Whether an oEmbed url names an explorer state on this site; its canonical query is resolved by the caller. */
export function exploreQueryFromUrl(raw: string, siteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.host !== new URL(siteUrl).host) return null;
  const path = url.pathname.replace(/\/+$/, "");
  return path === routes.explore() || path === routes.exploreEmbed() ? url.searchParams.toString() : null;
}

/** The theme an explorer embed URL asks for (light when none), refused as the embed page refuses it. */
export function exploreThemeFromUrl(raw: string): { ok: true; theme: EmbedTheme } | OembedError {
  let theme: string | null = null;
  try {
    theme = new URL(raw).searchParams.get("theme");
  } catch {
    // Not a URL: exploreQueryFromUrl has already said it is no explorer URL.
  }
  if (theme === null) return { ok: true, theme: "light" };
  if ((EMBED_THEMES as readonly string[]).includes(theme)) return { ok: true, theme: theme as EmbedTheme };
  return { ok: false, status: 400, message: "theme must be light, dark or auto" };
}

type Input = {
  chart: PanelChart;
  query: string;
  oembed: OembedQuery;
  siteUrl: string;
  siteName: string;
  theme?: EmbedTheme;
};

/**
 * As a built-in chart's answer (oembed.ts): the stated width is the consumer's maxwidth or a column's, the
 * layout never narrower than NARROWEST; a chart taller than maxheight gets a fixed-height frame that
 * scrolls, and the stated height is always the frame's.
 */
export function exploreOembed({
  chart,
  query,
  oembed,
  siteUrl,
  siteName,
  theme = "light",
}: Input): { ok: true; value: OembedResponse } | OembedError {
  const width = Math.min(oembed.maxwidth ?? 640, MAX_WIDTH);
  const layoutWidth = Math.max(NARROWEST, width);
  const full = estimateExploreHeight(chart, layoutWidth);
  let fixed: number | null = null;
  if (oembed.maxheight !== null && full > oembed.maxheight) {
    if (oembed.maxheight < MIN_EMBED_HEIGHT)
      return { ok: false, status: 404, message: `no embed fits in a maxheight under ${MIN_EMBED_HEIGHT}` };
    fixed = Math.min(oembed.maxheight, MAX_EMBED_HEIGHT);
  }
  const thumbWidth = snapWidth(Math.max(320, width));
  const value: OembedResponse = {
    version: "1.0",
    type: "rich",
    title: chart.title,
    provider_name: siteName,
    provider_url: new URL(routes.home(), siteUrl).toString(),
    html: exploreEmbedCode(chart, query, siteUrl, layoutWidth, { theme, fixedHeight: fixed }),
    width,
    height: fixed ?? full,
    thumbnail_url: new URL(routes.exploreFile("png", query, { width: thumbWidth }), siteUrl).toString(),
    thumbnail_width: thumbWidth,
    thumbnail_height: layoutPanels(chart, { width: thumbWidth, standalone: true }).height,
    cache_age: 3600,
  };
  return { ok: true, value };
}
