import type { NextRequest } from "next/server";
import { getChartSpec } from "@/server/chart-specs";
import { getDataVersion } from "@/db/queries/meta";
import { getEnv } from "@/lib/site/env";
import { textError } from "@/lib/http/text-error";
import { chartFromUrl, oembedResponse, parseOembedQuery } from "@/lib/embed/oembed";
import { SITE_NAME } from "@/lib/site/site";
import { exploreOembed, exploreQueryFromUrl, exploreThemeFromUrl } from "@/lib/embed/explore-embed";
import { getExploreView } from "@/server/explore";

const HEADERS = {
  "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
  "Access-Control-Allow-Origin": "*",
};

/** An explorer URL (/explore?series=…): its chart, or a 404 when the state draws nothing or is wrong. */
async function explorer(query: string, oembed: Parameters<typeof exploreOembed>[0]["oembed"], siteUrl: string) {
  const view = await getExploreView(query);
  if (view.errors.length || !view.chart) return textError(404, "that explorer URL shows no chart");
  const theme = exploreThemeFromUrl(oembed.url);
  if (!theme.ok) return textError(theme.status, theme.message);
  const answer = exploreOembed({
    chart: view.chart,
    query: view.query,
    oembed,
    siteUrl,
    siteName: SITE_NAME,
    theme: theme.theme,
  });
  if (!answer.ok) return textError(answer.status, answer.message);
  return Response.json(answer.value, { headers: HEADERS });
}

/** GET /oembed?url=<a chart's URL on this dashboard>&format=json[&maxwidth=&maxheight=] */
export async function GET(request: NextRequest) {
  const query = parseOembedQuery(request.nextUrl.searchParams);
  if (!query.ok) return textError(query.status, query.message);
  const siteUrl = getEnv().SITE_URL;
  const exploreQuery = exploreQueryFromUrl(query.value.url, siteUrl);
  if (exploreQuery !== null) return explorer(exploreQuery, query.value, siteUrl);
  const target = chartFromUrl(query.value.url, siteUrl);
  if (!target.ok) return textError(target.status, target.message);
  const spec = await getChartSpec(target.chartId);
  if (!spec) return textError(404, `no chart ${target.chartId}`);
  const dataVersion = await getDataVersion();
  const answer = oembedResponse({
    spec,
    options: target.options,
    query: query.value,
    siteUrl,
    siteName: SITE_NAME,
    dataVersion,
  });
  if (!answer.ok) return textError(answer.status, answer.message);
  // Consumers fetch this from browsers too (previews in editors), so any origin may read it.
  return Response.json(answer.value, { headers: HEADERS });
}
