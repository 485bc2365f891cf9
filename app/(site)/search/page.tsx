import type { Metadata } from "next";
import { SearchResults } from "@/components/search-results";
import { MAX_SEARCH_TEXT } from "@/lib/api/schemas";
import { searchStatus } from "@/lib/search/status";
import { searchScoped } from "@/server/search";

export const metadata: Metadata = { title: "Search", description: "Find any figure, series, country or source." };

const SHOWN = 30;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const typed = [...((Array.isArray(raw) ? raw[0] : raw) ?? "")];
  const q = typed.slice(0, MAX_SEARCH_TEXT).join("").trim();
  // One more than is shown, to know whether there are more than are shown.
  const { hits, rankedAmong } = q ? await searchScoped(q, SHOWN + 1) : { hits: [], rankedAmong: null };
  const results = hits.slice(0, SHOWN);
  return (
    <article className="max-w-4xl">
      <h1 className="text-2xl font-semibold">Search</h1>
      <form action="/search" method="get" role="search" className="mt-2 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search figures, series, countries and sources
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_SEARCH_TEXT}
          className="w-full max-w-md rounded border border-[var(--rule)] px-2 py-1"
        />
        <button type="submit" className="rounded border border-[var(--rule)] px-3 py-1">
          Search
        </button>
      </form>
      {q && (
        <p className="mt-3 text-sm text-[var(--muted)] [overflow-wrap:anywhere]" role="status">
          {searchStatus({
            q,
            shown: results.length,
            more: hits.length > SHOWN,
            rankedAmong,
            cutTo: typed.length > MAX_SEARCH_TEXT ? MAX_SEARCH_TEXT : null,
          })}
        </p>
      )}
      <SearchResults results={results} />
    </article>
  );
}
