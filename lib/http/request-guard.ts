// Requests this read-only dashboard refuses before routing: a write method, an address or query whose
// percent-encoding is not valid UTF-8 (Next.js would answer those with a 500), or a query too long or
// with too many parameters to be worth parsing (issue 14: ~16 KB of distinct parameters cost ~170 ms).

export type Refusal = { status: 400 | 405; message: string; headers?: Record<string, string> };

export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
export const ALLOW = READ_METHODS.join(", ");
/** No route reads more than a handful of parameters; 32 leaves room for a CMS's tracking parameters. */
export const MAX_QUERY_PARAMS = 32;
export const MAX_QUERY_LENGTH = 2048;
export const MAX_PATH_LENGTH = 2048;

const READ = new Set<string>(READ_METHODS);

export function refuseMethod(method: string): Refusal | null {
  if (READ.has(method)) return null;
  return { status: 405, message: "Method not allowed: this dashboard is read-only", headers: { Allow: ALLOW } };
}

/**
 * `rawQuery` is the search part without its "?". Counted by splitting, before anything parses it, so a
 * refused query costs one pass over at most MAX_QUERY_LENGTH characters.
 */
export function refuseQuery(rawQuery: string): Refusal | null {
  if (rawQuery.length > MAX_QUERY_LENGTH) return { status: 400, message: "Bad request: the query is too long" };
  let count = rawQuery ? 1 : 0;
  for (let i = rawQuery.indexOf("&"); i >= 0; i = rawQuery.indexOf("&", i + 1)) count++;
  if (count > MAX_QUERY_PARAMS) return { status: 400, message: "Bad request: too many query parameters" };
  if (!validQueryEncoding(rawQuery))
    return { status: 400, message: "Bad request: the query is not valid percent-encoded UTF-8" };
  return null;
}

/**
 * False when a %XX sequence of the query decodes to bytes that are not UTF-8 (`q=%FF`): URLSearchParams
 * turns them into U+FFFD silently, so a search, a filter or a chart title would read a word the reader never
 * sent. A "%" not followed by two hex digits ("q=70%") is a literal percent sign, as browsers send it.
 */
function validQueryEncoding(rawQuery: string): boolean {
  if (!rawQuery.includes("%")) return true;
  try {
    decodeURIComponent(rawQuery.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
    return true;
  } catch {
    return false;
  }
}

export function refuseRequest(method: string, rawPath: string, rawQuery = ""): Refusal | null {
  const refused = refuseMethod(method);
  if (refused) return refused;
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: "Bad request: the address is not valid percent-encoded UTF-8" };
  }
  if (rawPath.length > MAX_PATH_LENGTH) return { status: 400, message: "Bad request: the address is too long" };
  return refuseQuery(rawQuery);
}
