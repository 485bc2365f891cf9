import "server-only";
// The sitemap with lastmod: a series page dates from the last publish that changed one of its figures
// (or the first publish), every other page from the last publish.
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import { getLastModified } from "./changes";
import { getSitemapPaths } from "./pages";

export type SitemapEntry = { url: string; lastModified?: string };

export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const [paths, modified] = await Promise.all([getSitemapPaths(), getLastModified()]);
  const seriesPrefix = routes.series("");
  return [...paths, routes.changes()].map((path) => {
    const date = path.startsWith(seriesPrefix)
      ? modified.series(decodeURIComponent(path.slice(seriesPrefix.length)))
      : modified.latest;
    return { url: absoluteUrl(path), ...(date ? { lastModified: date } : {}) };
  });
}
