// The options of an embed URL (/embed/<chart>?theme=dark&footnotes=hide&height=600): parsed in one place,
// so the proxy that turns a bad value into a 400, the page, oEmbed and the embed code agree on them.

export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export type EmbedOptions = {
  /**
   * light (the default) and dark match the host page whatever the reader's system says: most articles are
   * light, and a dark frame in a light article is a black box. auto follows the reader's system.
   */
  theme: EmbedTheme;
  /** hide keeps a one-line list of the sources: the chart never travels without them. */
  footnotes: "show" | "hide";
  /** A fixed height in CSS pixels, the content scrolling inside; null grows the frame to its content. */
  height: number | null;
};

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: "light", footnotes: "show", height: null };
export const MIN_EMBED_HEIGHT = 200;
export const MAX_EMBED_HEIGHT = 2000;

const KEYS = ["theme", "footnotes", "height"] as const;

export type EmbedOptionsResult = { ok: true; value: EmbedOptions } | { ok: false; message: string };

function parseHeight(raw: string): number | string {
  if (!/^\d{1,5}$/.test(raw)) return "height must be a whole number of pixels";
  const n = Number(raw);
  if (n < MIN_EMBED_HEIGHT || n > MAX_EMBED_HEIGHT)
    return `height must be between ${MIN_EMBED_HEIGHT} and ${MAX_EMBED_HEIGHT}`;
  return n;
}

/**
 * Other parameters are ignored rather than refused: link shorteners and CMSs append tracking parameters
 * (utm_source, fbclid) to iframe URLs, and an embed must not break over them.
 */
export function parseEmbedOptions(search: URLSearchParams): EmbedOptionsResult {
  for (const key of KEYS) {
    if (search.getAll(key).length > 1) return { ok: false, message: `${key} is given more than once` };
  }
  const theme = search.get("theme") ?? DEFAULT_EMBED_OPTIONS.theme;
  if (!(EMBED_THEMES as readonly string[]).includes(theme))
    return { ok: false, message: "theme must be light, dark or auto" };
  const footnotes = search.get("footnotes") ?? "show";
  if (footnotes !== "show" && footnotes !== "hide") return { ok: false, message: "footnotes must be show or hide" };
  const rawHeight = search.get("height");
  const height = rawHeight === null ? null : parseHeight(rawHeight);
  if (typeof height === "string") return { ok: false, message: height };
  return { ok: true, value: { theme: theme as EmbedTheme, footnotes, height } };
}

export function isDefaultEmbed(o: EmbedOptions): boolean {
  return o.theme === DEFAULT_EMBED_OPTIONS.theme && o.footnotes === "show" && o.height === null;
}

/** The options as a query string ("" for the defaults), in a fixed order so equal options give equal URLs. */
export function embedQuery(o: EmbedOptions): string {
  const params = new URLSearchParams();
  if (o.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set("theme", o.theme);
  if (o.footnotes !== "show") params.set("footnotes", o.footnotes);
  if (o.height !== null) params.set("height", String(o.height));
  const query = params.toString();
  return query ? `?${query}` : "";
}
