import "server-only";
// The API's front door: method, path and Accept header are checked here, the endpoint runs, and every
// failure becomes problem+json (4xx for the client's mistakes, 503 when the database is down), never a 500.
import { getLiveState, RETRY_AFTER_S } from "@/db/live-state";
import { API_BASE, ENDPOINTS, type EndpointName } from "@/lib/api/endpoints";
import { negotiate, type ApiFormat } from "@/lib/api/negotiate";
import { ApiProblem, problemAnswer } from "@/lib/api/problem";
import { HANDLERS } from "./endpoints";
import { clip } from "./query";
import { preflight, respond, serialise, type ApiAnswer } from "./respond";

type Match = { name: EndpointName; path: Record<string, string>; suffix: ApiFormat | null };

const LISTS: Record<string, EndpointName> = {
  series: "series",
  observations: "observations",
  sources: "sources",
  entities: "entities",
  topics: "topics",
  search: "search",
};

function route(pathname: string): Match {
  const rest = pathname.slice(API_BASE.length).replace(/^\/+/, "");
  let segments: string[];
  try {
    segments = rest ? rest.split("/").map(decodeURIComponent) : [];
  } catch {
    throw new ApiProblem(400, "the address is not valid percent-encoded UTF-8");
  }
  const last = segments.at(-1);
  const suffix = last?.endsWith(".csv") ? "csv" : null;
  if (suffix && last) segments[segments.length - 1] = last.slice(0, -".csv".length);
  const [first, second, ...more] = segments;
  if (first === undefined) return { name: "index", path: {}, suffix };
  if (first === "openapi.json" && second === undefined) return { name: "openapi", path: {}, suffix };
  if (first === "datapackage.json" && second === undefined) return { name: "datapackage", path: {}, suffix };
  if (first === "datapackage" && second !== undefined && more.length === 0 && suffix)
    return { name: "datapackageResource", path: { resource: second }, suffix };
  const list = LISTS[first];
  if (list && second === undefined) return { name: list, path: {}, suffix };
  if (first === "series" && second !== undefined && more.length === 0)
    return { name: "seriesDetail", path: { slug: second }, suffix };
  throw new ApiProblem(404, `no endpoint ${clip(pathname)}; the endpoints are listed at ${API_BASE}/openapi.json`);
}

/** What the front door reads of a request: its method, address and headers (by lower-case name). */
export type ApiRequest = { method: string; url: URL; header: (name: string) => string | null };

export async function handleApi(request: Request): Promise<Response> {
  const answer = await answerApi({
    method: request.method,
    url: new URL(request.url),
    header: (name) => request.headers.get(name),
  });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** The API's answer to a request, as plain data (the Next.js route and the server's fast path share it). */
export async function answerApi(request: ApiRequest): Promise<ApiAnswer> {
  const { method, url } = request;
  try {
    if (method === "OPTIONS") return preflight();
    if (method !== "GET" && method !== "HEAD")
      throw new ApiProblem(405, `${clip(method)} is not allowed: this API is read-only (GET, HEAD, OPTIONS)`);
    if (url.pathname.length + url.search.length > 4096) throw new ApiProblem(400, "the address is too long");
    const match = route(url.pathname);
    const format = negotiate(request.header("accept"), match.suffix);
    const endpoint = ENDPOINTS[match.name];
    if (format === "csv" && !endpoint.csv)
      throw new ApiProblem(406, `${API_BASE}${endpoint.path || "/"} is served as application/json only`);
    if (format === "json" && "json" in endpoint && endpoint.json === false)
      throw new ApiProblem(406, `${API_BASE}${endpoint.path} is served as text/csv only`);
    const result = await HANDLERS[match.name]({ params: url.searchParams, path: match.path });
    const body = serialise(result, format) ?? Buffer.alloc(0);
    return respond(method, request.header("if-none-match"), body, format, result.filename ?? match.name);
  } catch (error) {
    if (error instanceof ApiProblem) return problemAnswer(error.status, error.detail, url.pathname);
    console.error("api: unexpected failure", url.pathname, String(error).split("\n")[0]?.slice(0, 300));
    const answer = problemAnswer(503, await outageDetail(), url.pathname);
    // As long as the pages ask a client to wait: the replica checks its database again within that time.
    answer.headers["Retry-After"] = String(RETRY_AFTER_S);
    return answer;
  }
}

const UNAVAILABLE = "the data is unavailable right now; retry shortly";

/** Why the data cannot be read, as the replica's live state says it (no data loaded, an older schema…). */
async function outageDetail(): Promise<string> {
  try {
    const state = await getLiveState();
    return state.ok ? UNAVAILABLE : state.message;
  } catch {
    return UNAVAILABLE;
  }
}
