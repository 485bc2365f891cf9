import "server-only";
// Search, for the /search page and /api/v1/search: the reader's words → ranked hits with their figures.
import { searchFigures, type SearchHit } from "@/db/queries/search";
import { toFtsQuery } from "@/lib/search/fts-query";

export type { SearchHit };

export async function search(text: string, limit = 20): Promise<SearchHit[]> {
  const query = toFtsQuery(text);
  return query ? searchFigures(query, limit) : [];
}
