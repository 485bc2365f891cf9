import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/site";

/** Everything is public; crawlers find every page through the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
