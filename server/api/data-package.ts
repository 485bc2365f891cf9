import "server-only";
// The Data Package endpoints: the descriptor, and each table as CSV, read from the database the site serves.
import { getDataVersion } from "@/db/queries/meta";
import { fetchAllSeriesData } from "@/db/queries/series";
import { getSources } from "@/db/queries/sources";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { ApiProblem, didYouMean } from "@/lib/api/problem";
import {
  RESOURCE_NAMES,
  dataPackageDescriptor,
  isResourceName,
  resourceTable,
  type ResourceName,
} from "@/lib/dataset/data-package";
import { dataPackageRows } from "@/lib/dataset/data-package-rows";
import { sourceLine } from "@/lib/cite/source-line";
import { getEnv } from "@/lib/site/env";
import { routes } from "@/lib/site/routes";
import { clip, parseQuery } from "./query";
import type { ApiResult } from "./respond";

type Ctx = { params: URLSearchParams; path: Record<string, string> };

export const dataPackagePath = (name: ResourceName) => routes.api(`/datapackage/${name}.csv`);

export async function datapackage(ctx: Ctx): Promise<ApiResult> {
  parseQuery(ENDPOINTS.datapackage.query, ctx.params);
  const site = getEnv().SITE_URL;
  const [version, sources] = await Promise.all([getDataVersion(), getSources()]);
  const json = dataPackageDescriptor({
    siteUrl: site,
    version,
    pathOf: (name) => `${site}${dataPackagePath(name)}`,
    articles: sources.map(({ source }) => ({ title: sourceLine(source), url: source.url })),
  });
  return { json, table: null };
}

export async function datapackageResource(ctx: Ctx): Promise<ApiResult> {
  parseQuery(ENDPOINTS.datapackageResource.query, ctx.params);
  const name = ctx.path.resource ?? "";
  if (!isResourceName(name)) {
    const guess = didYouMean(name, [...RESOURCE_NAMES]);
    throw new ApiProblem(
      404,
      `no table '${clip(name)}' in the data package${guess ? `; did you mean '${guess}'?` : ""}`,
    );
  }
  const [series, sources] = await Promise.all([fetchAllSeriesData(), getSources()]);
  const rows = dataPackageRows({ series, sources: sources.map((s) => s.source) });
  return { json: null, table: resourceTable(name, rows[name]), filename: `caucasus-flows-${name}` };
}
