// What the embed routes answer: the chart's embed page as plain HTML (components/embed/embed-document.tsx),
// and the font subsets it links to. Shared by the default route, the option variants and the font route.
import { embedHtml, embedVisibleText } from "@/components/embed/embed-document";
import type { EmbedFontUrls } from "@/components/embed/embed-css";
import {
  embedFontFile,
  fontFileMatches,
  glyphSet,
  parseEmbedFontFile,
  subsetInter,
  type EmbedFontWeight,
} from "@/lib/embed/embed-fonts";
import type { EmbedNotice } from "@/components/embed/embed-view";
import type { EmbedOptions } from "@/lib/embed/embed-options";
import { embedEtag, embedPageCache, embedPageKey } from "@/lib/embed/embed-page-cache";
import { oembedEndpoint } from "@/lib/embed/oembed-discovery";
import { textError } from "@/lib/http/text-error";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import { getEmbedNotice } from "@/server/changes";
import { embedReadStart, embedReadVersion } from "@/server/embed-version";
import { getEmbedPage } from "@/server/pages";

const NO_CHART = "Not found: there is no chart by that name";
const fontUrl = (chartId: string, weight: EmbedFontWeight, glyphs: string) =>
  `/embed/fonts/${embedFontFile(chartId, weight, glyphs)}`;

/**
 * /embed/<chart> with these options. An embed code made from an earlier data version (`since`, issue 12)
 * shows one line when a figure of its chart changed since, linking to the change; others show none.
 * The page is stored, with the headers sent here, for the server's fast path (lib/http/cached-embed.ts)
 * under the data version it was read from: repeats skip Next.js (issue 14).
 */
export async function embedResponse(
  chartId: string,
  options: EmbedOptions,
  since: string | null = null,
): Promise<Response> {
  const start = await embedReadStart();
  const page = await getEmbedPage(chartId);
  if (!page) return textError(404, NO_CHART);
  const notice: EmbedNotice | null = await getEmbedNotice(
    page.spec.series.map((s) => s.slug),
    since,
  );
  const glyphs = glyphSet(embedVisibleText(page.spec, page.dashboardUrl));
  const fonts: EmbedFontUrls = { 400: fontUrl(chartId, 400, glyphs), 600: fontUrl(chartId, 600, glyphs) };
  const oembedUrl = oembedEndpoint(absoluteUrl(routes.embed(chartId)));
  const body = Buffer.from(embedHtml({ ...page, options, oembedUrl, fonts, notice }));
  const version = await embedReadVersion(start);
  const etag = embedEtag(body);
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    ETag: etag,
    ...(version ? { "X-Data-Version": version } : {}),
  };
  if (version) embedPageCache().set(embedPageKey(chartId, options, since, version), { body, headers, etag, version });
  return new Response(new Uint8Array(body), { headers });
}

/** /embed/fonts/<chart>-<weight>-<hash>.woff2 */
export async function embedFontResponse(file: string): Promise<Response> {
  const parsed = parseEmbedFontFile(file);
  const page = parsed && (await getEmbedPage(parsed.chartId));
  if (!parsed || !page) return textError(404, "Not found: no such embed font");
  const glyphs = glyphSet(embedVisibleText(page.spec, page.dashboardUrl));
  // Only today's names: an unknown hash is a 404, so made-up names cannot fill a cache.
  if (!fontFileMatches(parsed, glyphs)) return textError(404, "Not found: no such embed font");
  const font = await subsetInter(parsed.weight, glyphs);
  const headers = { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" };
  return new Response(new Uint8Array(font), { headers });
}
