// Which requests the HTTP server answers from the data API's fast path (server/api/answer-early.ts) rather
// than through Next.js: GET and HEAD of /api/v1 addresses that Next.js would route as they are to the API's
// one route. Everything else goes on to Next.js, which answers it as before: other methods (the proxy's
// 405s, OPTIONS), what the proxy refuses (request-guard.ts), a trailing slash (Next.js redirects it), empty,
// "." or ".." segments and encoded slashes (Next.js normalises the path first).
import { API_BASE } from "../api/endpoints";
import { refuseRequest } from "./request-guard";

// Characters RFC 3986 allows in a path segment, percent-escapes included.
const PLAIN_PATH = new RegExp(`^${API_BASE}(?:/(?!\\.\\.?(?:/|$))[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*$`);

/** Whether the fast path answers `method` `url` (the request line's target: path and query). */
export function takesApiEarly(method: string, url: string): boolean {
  if ((method !== "GET" && method !== "HEAD") || !url.startsWith(API_BASE)) return false;
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q + 1);
  return PLAIN_PATH.test(path) && !/%2f|%5c|%2e/i.test(path) && !refuseRequest(method, path, query);
}
