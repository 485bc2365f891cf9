// Which requests the HTTP server answers from the data API's fast path (server/api/answer-early.ts) rather
// than through Next.js: GET and HEAD of /api/v1 addresses that Next.js would route as they are to the API's
// one route. Everything else goes on to Next.js, which answers it as before: other methods (the proxy's
// 405s, OPTIONS), what the proxy refuses (request-guard.ts), a trailing slash (Next.js redirects it), empty,
// "." or ".." segments and encoded slashes (Next.js normalises the path first).
import { API_BASE } from "../api/endpoints";
import { fastRequest } from "./fast-answer";

// Characters RFC 3986 allows in a path segment, percent-escapes included.
const PLAIN_PATH = new RegExp(`^${API_BASE}(?:/(?!\\.\\.?(?:/|$))[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*$`);

/** Whether the fast path answers `method` `url` (the request line's target: path and query). */
export function takesApiEarly(method: string, url: string): boolean {
  const r = fastRequest(method, url, API_BASE);
  return r !== null && PLAIN_PATH.test(r.path) && !/%2f|%5c|%2e/i.test(r.path);
}
