// The <link rel="alternate" type="application/json+oembed"> a page carries, so that a CMS handed one of
// our URLs finds the embed code by itself (oEmbed discovery).
import type { Metadata } from "next";
import { absoluteUrl } from "../site/site";

export function oembedEndpoint(pageUrl: string): string {
  return absoluteUrl(`/oembed?${new URLSearchParams({ url: pageUrl, format: "json" })}`);
}

export function oembedAlternates(pagePath: string, title: string): NonNullable<Metadata["alternates"]> {
  return { types: { "application/json+oembed": [{ url: oembedEndpoint(absoluteUrl(pagePath)), title }] } };
}
