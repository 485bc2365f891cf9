// Embed codes carry the data version they were made from (`v=`, issue 12): an embed whose figures changed
// since says so in one line. The proxy turns `v` into a path segment of the cached variant page
// ("light-show~<version>"), so the page stays cached per (chart, options, version) and never reads the query.
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from "./embed-options";
import { parseVariantSegment, variantSegment } from "./embed-variant";

export const EMBED_VERSION_PARAM = "v";
const VERSION = /^[0-9a-f]{16}$/;

export type EmbedVersionResult = { ok: true; value: string | null } | { ok: false; message: string };

/** The version an embed URL was made from; absent is fine (codes made before versions were recorded). */
export function parseEmbedVersion(search: URLSearchParams): EmbedVersionResult {
  const all = search.getAll(EMBED_VERSION_PARAM);
  if (all.length > 1) return { ok: false, message: "v is given more than once" };
  const [v] = all;
  if (v === undefined || v === "") return { ok: true, value: null };
  return VERSION.test(v) ? { ok: true, value: v } : { ok: false, message: "v must be a data version (16 hex digits)" };
}

/** The variant page's segment for these options made from `version`. */
export function sinceSegment(o: Pick<EmbedOptions, "theme" | "footnotes">, version: string): string {
  return `${variantSegment(o)}~${version}`;
}

/** Options and version of a segment; the default options are a variant only with a version. */
export function parseSinceSegment(segment: string): { options: EmbedOptions; since: string | null } | null {
  const [head = "", since, ...rest] = segment.split("~");
  if (rest.length > 0) return null;
  if (since === undefined) {
    const options = parseVariantSegment(head);
    return options ? { options, since: null } : null;
  }
  if (!VERSION.test(since)) return null;
  if (head === variantSegment(DEFAULT_EMBED_OPTIONS)) return { options: DEFAULT_EMBED_OPTIONS, since };
  const options = parseVariantSegment(head);
  return options ? { options, since } : null;
}
