import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/site";
import { getSitemapPaths } from "@/server/pages";

/** Every page a reader can land on: home, stories, series and sources, from the loaded data. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await getSitemapPaths()).map((path) => ({ url: absoluteUrl(path) }));
}
