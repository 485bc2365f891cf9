import "server-only";
// Search, for the /search page and /api/v1/search: the reader's words → ranked hits with their figures.
import { searchFigures, searchFiguresScoped, type SearchHit } from "@/db/queries/search";
import { toFtsQuery } from "@/lib/search/fts-query";

export type { SearchHit };

export async function search(text: string, limit = 20): Promise<SearchHit[]> {
  const query = toFtsQuery(text);
  return query ? searchFigures(query, limit) : [];
}

/** The hits, and `rankedAmong` when the words match so many rows that only the first ones were read. */
export async function searchScoped(
  text: string,
  limit = 20,
): Promise<{ hits: SearchHit[]; rankedAmong: number | null }> {
  const query = toFtsQuery(text);
  return query ? searchFiguresScoped(query, limit) : { hits: [], rankedAmong: null };
}
