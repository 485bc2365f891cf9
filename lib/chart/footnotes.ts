// Numbered footnotes: one per distinct (source, quote), numbered in order of first use on a chart.
import { formatPublished } from "../model/period";
import type { Footnote } from "./types";

import type { Citation } from "../model/types";

/** A link that opens the article scrolled to the quoted sentence (a text fragment), where the URL is known. */
export function textFragmentUrl(url: string, sentence: string): string {
  const words = sentence.trim().split(/\s+/);
  const directive =
    words.length <= 8
      ? encodeDirective(words.join(" "))
      : `${encodeDirective(words.slice(0, 4).join(" "))},${encodeDirective(words.slice(-4).join(" "))}`;
  const hash = url.indexOf("#");
  return `${hash < 0 ? url : url.slice(0, hash)}#:~:text=${directive}`;
}

/** Text for a fragment directive: "-" and "," have meanings there, so they are escaped too. */
const encodeDirective = (s: string) => encodeURIComponent(s).replace(/[-,]/g, (c) => (c === "-" ? "%2D" : "%2C"));

export class FootnoteNumbering {
  private readonly byKey = new Map<string, Footnote>();

  /** The footnote number for a citation, allocating the next number on first use. */
  number(c: Citation, observationId: string): number {
    const key = `${c.source.id}\u0000${c.quote}`;
    let note = this.byKey.get(key);
    if (!note) {
      const s = c.source;
      note = {
        n: this.byKey.size + 1,
        sourceId: s.id,
        author: s.author,
        title: s.title,
        titleFromUrl: s.titleFromUrl,
        publication: s.publication,
        published: formatPublished(s.published, s.publishedInferred),
        publishedInferred: s.publishedInferred,
        publishedDate: s.published,
        quote: c.quote,
        context: c.context,
        href: s.url ? textFragmentUrl(s.url, c.context ?? c.quote) : null,
        noUrl: s.url === null,
        observationIds: [],
      };
      this.byKey.set(key, note);
    }
    if (!note.observationIds.includes(observationId)) note.observationIds.push(observationId);
    return note.n;
  }

  all(): Footnote[] {
    return [...this.byKey.values()];
  }
}
