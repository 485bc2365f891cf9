import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/server/sitemap";

/** Every page a reader can land on, with the date its figures last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return getSitemapEntries();
}
