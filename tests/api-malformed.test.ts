// Hundreds of bad requests to the API: bad cursors, unknown filters, huge limits, wrong types, wrong methods,
// bad Accept headers, non-UTF-8. Each gets a 4xx with an RFC 9457 problem+json body, never a 5xx.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { BASE, schemaChecker } from "./api-helpers";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "api-bad-")), "a.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { handleApi } = await import("@/server/api/handle");

const LISTS = ["/series", "/observations", "/sources", "/entities", "/topics"].map((p) => `/api/v1${p}`);
const b64 = (s: string) => Buffer.from(s).toString("base64url");

const CURSORS = [
  "",
  "x",
  "!!!",
  "%00",
  "a".repeat(201),
  b64("[]"),
  b64("{}"),
  b64("null"),
  b64("[1,2,3,4,5]"),
  b64('["a",1,"b"]'),
  b64("[true]"),
  b64("[[1]]"),
  b64('[{"a":1}]'),
  b64("[1e999]"),
  // Numbers no ordinal is: sent to a libSQL server as integers, 1e300 was refused there (a 503, not a 400).
  b64('[1e300,"a"]'),
  b64('[1.5,"a"]'),
  b64('[9007199254740993,"a"]'),
  b64("not json"),
  b64('["' + "z".repeat(300) + '"]'),
  "eyJ",
  "....",
  "%E2%82",
  "😀",
];
const LIMITS = ["0", "-1", "501", "1e9", "abc", "", "1.5", "99999999999999999999999", "NaN", "Infinity", "0x10", " 5"];
const FILTERS = [
  "colour=red",
  "page=2",
  "offset=10",
  "sort=value",
  "series=UPPER",
  "series=a,,b",
  "series=nope-nope",
  "series=" + "a,".repeat(60) + "a",
  "series=ru-am-trade-turnover&series=ru-ir-trade-turnover",
  "entity=ZZ",
  "entity=../etc",
  "source=nope",
  "from=2011-13",
  "from=20111",
  "from=2011-02-30",
  "to=yesterday",
  "from=2025&to=2011",
  "bound=exactly",
  "unit=GBP",
  "topic=UPPER CASE",
  "cursor=abc&cursor=def",
  "limit=5&limit=6",
  "series=%FF%FE",
  "entity=%C3%28",
];
const METHODS = ["POST", "PUT", "PATCH", "DELETE", "PROPFIND", "FOO"];
const ACCEPTS = ["image/png", "text/html", "application/xml", "application/json;q=0", "text/csv;q=0, */*;q=0", "x"];
const PATHS = [
  "/api/v1/nope",
  "/api/v1/series/a/b",
  "/api/v1/series/UPPER",
  "/api/v1/series/ru-am-tarde",
  "/api/v1/series/%C3%28",
  "/api/v1/%E0%A4%A",
  "/api/v1/series/" + "a".repeat(5000),
  "/api/v1/openapi.json.csv",
  "/api/v1.csv",
  "/api/v1/observations/x",
];

type Bad = { path: string; method?: string; accept?: string };

function badRequests(): Bad[] {
  const bad: Bad[] = [];
  for (const list of LISTS) {
    for (const c of CURSORS) bad.push({ path: `${list}?cursor=${encodeURIComponent(c)}` });
    for (const l of LIMITS) bad.push({ path: `${list}?limit=${encodeURIComponent(l)}` });
    for (const m of METHODS) bad.push({ path: list, method: m });
    for (const a of ACCEPTS) bad.push({ path: list, accept: a });
  }
  for (const f of FILTERS)
    for (const e of ["/observations", "/series", "/entities"]) bad.push({ path: `/api/v1${e}?${f}` });
  for (const p of PATHS) bad.push({ path: p }, { path: p, method: "DELETE" });
  bad.push({ path: "/api/v1/openapi.json", accept: "text/csv" }, { path: "/api/v1/series/ru-am-trade-turnover?x=1" });
  return bad;
}

let check: ReturnType<typeof schemaChecker>;

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
  check = schemaChecker(await (await handleApi(new Request(`${BASE}/api/v1/openapi.json`))).json());
});

it("answers every one of ≥ 300 bad requests with a 4xx problem+json", async () => {
  const bad = badRequests();
  expect(bad.length).toBeGreaterThanOrEqual(300);
  const statuses = new Map<number, number>();
  for (const b of bad) {
    const headers = b.accept ? { accept: b.accept } : undefined;
    const res = await handleApi(new Request(`${BASE}${b.path}`, { method: b.method ?? "GET", headers }));
    const label = `${b.method ?? "GET"} ${b.path} (Accept: ${b.accept ?? "-"})`;
    expect(res.status, label).toBeGreaterThanOrEqual(400);
    expect(res.status, label).toBeLessThan(500);
    expect(res.headers.get("content-type"), label).toContain("application/problem+json");
    const body = await res.json();
    expect(check("/", res.status, "application/problem+json", body), label).toBe(null);
    expect(body.status, label).toBe(res.status);
    expect(body.detail, label).not.toMatch(/\n\s+at |node_modules|\/work\//);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
  // Each kind of refusal is exercised, not only one.
  expect([...statuses.keys()].sort()).toEqual([400, 404, 405, 406, 422]);
});
