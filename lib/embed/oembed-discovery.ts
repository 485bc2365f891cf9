// The <link rel="alternate" type="application/json+oembed"> a page carries, so that a CMS handed one of
// our URLs finds the embed code by itself (oEmbed discovery).
import type { Metadata } from "next";
import { absoluteUrl } from "../site/site";
import { routes } from "../site/routes";

export function oembedEndpoint(pageUrl: string): string {
  return absoluteUrl(routes.oembed(pageUrl));
}

export function oembedAlternates(pagePath: string, title: string): NonNullable<Metadata["alternates"]> {
  return { types: { "application/json+oembed": [{ url: oembedEndpoint(absoluteUrl(pagePath)), title }] } };
}
