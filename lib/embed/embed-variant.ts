// Embed option variants as prerendered pages (issue 14): theme × footnotes is six pages per chart, built
// once, instead of a fresh render with no-store on every request. A fixed height is not a page of its
// own: the embed's height script applies it from the address (lib/embed/height-script.ts),
// since 1,801 heights per chart would be too many pages to build and too many to cache.
import { DEFAULT_EMBED_OPTIONS, EMBED_THEMES, type EmbedOptions, type EmbedTheme } from "./embed-options";

const FOOTNOTES = ["show", "hide"] as const;

/** The path segment of a variant: "dark-hide". */
export function variantSegment(o: Pick<EmbedOptions, "theme" | "footnotes">): string {
  return `${o.theme}-${o.footnotes}`;
}

/** Every variant that is not the default page itself. */
export const VARIANT_SEGMENTS: string[] = EMBED_THEMES.flatMap((theme) =>
  FOOTNOTES.map((footnotes) => variantSegment({ theme, footnotes })),
).filter((s) => s !== variantSegment(DEFAULT_EMBED_OPTIONS));

export function parseVariantSegment(segment: string): EmbedOptions | null {
  if (!VARIANT_SEGMENTS.includes(segment)) return null;
  const [theme, footnotes] = segment.split("-") as [EmbedTheme, "show" | "hide"];
  return { theme, footnotes, height: null };
}
