// /embed/<chart> as one finished HTML document with no framework runtime: the same components as the
// chart's page (EmbedView), written out by lib/html/static-markup.ts, with the stylesheet inline and the
// fonts cut to the characters shown. Its only script is the height script, allowed by its hash.
import type { ChartSpec } from "@/lib/chart/types";
import type { EmbedOptions } from "@/lib/embed/embed-options";
import { renderStatic } from "@/lib/html/static-markup";
import { SITE_NAME } from "@/lib/site/site";
import { embedCss, type EmbedFontUrls } from "./embed-css";
import { EmbedView, type EmbedNotice } from "./embed-view";

export type EmbedDocumentProps = {
  spec: ChartSpec;
  options: EmbedOptions;
  dashboardUrl: string;
  /** The oEmbed endpoint for this embed's own address (discovery by tools handed the embed URL). */
  oembedUrl: string;
  fonts: EmbedFontUrls;
  /** An optional line above the chart, e.g. that its figures changed since the embed was made. */
  notice?: EmbedNotice | null;
};

function EmbedDocument({ spec, options, dashboardUrl, oembedUrl, fonts, notice }: EmbedDocumentProps) {
  return (
    // The theme on <html> itself: the whole frame follows it without a :root:has() rule to restyle.
    <html lang="en" data-theme={options.theme === "auto" ? undefined : options.theme}>
      {/* A whole document written out by lib/html/static-markup.ts, not a Next.js page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${spec.title} · ${SITE_NAME}`}</title>
        <meta name="description" content={spec.summary} />
        {/* An embed repeats a chart that has its own page on the dashboard: search engines index that page. */}
        <meta name="robots" content="noindex, follow" />
        {/* No favicon request (a 404 in the console when the embed is opened on its own). */}
        <link rel="icon" href="data:," />
        <link rel="alternate" type="application/json+oembed" href={oembedUrl} title={spec.title} />
        <link rel="preload" href={fonts[400]} as="font" type="font/woff2" crossOrigin="" />
        <link rel="preload" href={fonts[600]} as="font" type="font/woff2" crossOrigin="" />
        <style>{embedCss(fonts)}</style>
      </head>
      <body>
        <EmbedView spec={spec} options={options} dashboardUrl={dashboardUrl} notice={notice} />
      </body>
    </html>
  );
}

export function embedHtml(props: EmbedDocumentProps): string {
  return `<!DOCTYPE html>${renderStatic(<EmbedDocument {...props} />)}`;
}

// A "figures changed since" notice (issue 12) names any series, period and value: the subset covers the
// printable ASCII and the signs values are written with, so one font file serves an embed with or without it.
const NOTICE_GLYPHS = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => i + 32))}–—’“”…≈≤≥→×`;

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/**
 * Every character the embed can show for this chart (footnotes shown: a superset of footnotes=hide), the
 * text its font subset must cover.
 */
export function embedVisibleText(spec: ChartSpec, dashboardUrl: string): string {
  const options: EmbedOptions = { theme: "light", footnotes: "show", height: null };
  const hidden: EmbedOptions = { ...options, footnotes: "hide" };
  const html = [options, hidden]
    .map((o) => renderStatic(<EmbedView spec={spec} options={o} dashboardUrl={dashboardUrl} />))
    .join("");
  return (
    NOTICE_GLYPHS +
    html
      .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, "")
      .replace(/<[^>]*>/g, "")
      .replace(/&(amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e)
  );
}
