import type { MetadataRoute } from "next";
import { getSeriesSlugs } from "@/db/queries/series";
import { getSourceIds } from "@/db/queries/sources";
import { absoluteUrl } from "@/lib/site/site";
import { STORIES } from "@/lib/registry/stories";

/** Every page a reader can land on: home, stories, series and sources, from the loaded data. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [series, sources] = await Promise.all([getSeriesSlugs(), getSourceIds()]);
  const paths = [
    "/",
    ...STORIES.map((s) => `/stories/${s.slug}`),
    ...series.map((slug) => `/series/${slug}`),
    "/sources",
    ...sources.map((id) => `/sources/${id}`),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
