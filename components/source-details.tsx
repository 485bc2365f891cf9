import { NO_TITLE, NO_URL, TITLE_FROM_URL, estimatedDate } from "@/lib/cite/source-line";
import { formatPublished } from "@/lib/model/period";
import type { Source } from "@/lib/model/types";

/** An article's citation details in plain statements: what we could not confirm is said, never an editor's note. */
export function SourceDetails({ source: s }: { source: Source }) {
  const estimated = estimatedDate(s);
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-[var(--muted)]">Title</dt>
      <dd>{s.title ? (s.titleFromUrl ? `${s.title} (${TITLE_FROM_URL})` : s.title) : `Not known: ${NO_TITLE}`}</dd>
      <dt className="text-[var(--muted)]">Author</dt>
      <dd>{s.author}</dd>
      <dt className="text-[var(--muted)]">Publication</dt>
      <dd>{s.publication}</dd>
      <dt className="text-[var(--muted)]">Publisher</dt>
      <dd>{s.publisher}</dd>
      <dt className="text-[var(--muted)]">Published</dt>
      <dd>
        {estimated ? `${formatPublished(s.published, true)} (${estimated})` : formatPublished(s.published, false)}
      </dd>
      <dt className="text-[var(--muted)]">Link</dt>
      <dd className="break-all">
        {s.url ? (
          <a href={s.url} rel="noopener">
            {s.url}
          </a>
        ) : (
          <>
            {NO_URL}
            {s.listingUrl ? (
              <>
                {" "}
                The publisher lists it on a topic page:{" "}
                <a href={s.listingUrl} rel="noopener">
                  {s.listingUrl}
                </a>
              </>
            ) : null}
          </>
        )}
      </dd>
    </dl>
  );
}
