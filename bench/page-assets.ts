// What a page makes the browser download: the scripts and stylesheets its HTML names, its inline
// scripts, and the font files its stylesheets point to.

export type PageAssets = { scripts: string[]; stylesheets: string[]; inlineScripts: string[]; inlineStyles: string[] };

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replace(/&amp;/g, "&");
}

/** Script and stylesheet URLs (absolute, de-duplicated) and inline script bodies of one HTML page. */
export function pageAssets(html: string, pageUrl: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  const inlineScripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[1] ?? "", "src");
    // Browsers that run modules skip nomodule scripts (legacy polyfills), so they never download them.
    if (/\snomodule\b/i.test(m[1] ?? "")) continue;
    if (src) scripts.add(new URL(src, pageUrl).href);
    else if ((m[2] ?? "").trim() !== "" && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1] ?? ""))
      inlineScripts.push(m[2] ?? "");
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = attr(tag, "rel")?.toLowerCase() ?? "";
    const href = attr(tag, "href");
    if (!href) continue;
    // Preloaded scripts are downloaded too, whether or not a script tag names them.
    if (rel === "stylesheet") stylesheets.add(new URL(href, pageUrl).href);
    else if (rel === "modulepreload" || (rel === "preload" && attr(tag, "as") === "script"))
      scripts.add(new URL(href, pageUrl).href);
  }
  // Inlined stylesheets (Next's inlineCss) still are CSS the browser must parse before the first paint.
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((m) => m[1] ?? "")
    .filter((css) => css.trim() !== "");
  return { scripts: [...scripts], stylesheets: [...stylesheets], inlineScripts, inlineStyles };
}

/**
 * Font files a stylesheet's @font-face rules point to, as absolute URLs: the first of each src list,
 * the one a current browser picks (woff2 before the woff fallback).
 */
export function fontUrls(css: string, cssUrl: string): string[] {
  const urls = new Set<string>();
  for (const face of css.matchAll(/@font-face\s*{[^}]*}/gi)) {
    const first = /src\s*:\s*url\(\s*["']?([^"')]+)["']?\s*\)/i.exec(face[0])?.[1];
    if (first) urls.add(new URL(first, cssUrl).href);
  }
  return [...urls];
}
