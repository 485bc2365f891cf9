// The data API when its database cannot answer (issue 10): RFC 9457 problem+json with status 503 and
// Retry-After, like every other API error, never a 500 or a plain-text page, for a libSQL server that is
// not there and for an embedded database that holds no data yet (the detail then names the fix).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

const PATHS = [
  "/api/v1/series",
  "/api/v1/series/ru-am-trade-turnover",
  "/api/v1/observations?series=ru-am-trade-turnover&from=2020",
  "/api/v1/observations.csv?entity=AM",
  "/api/v1/search?q=Gyumri",
  "/api/v1/sources",
  "/api/v1/datapackage.json",
];

/** A fresh process-wide client for `url`: the clients and the live state are held on globalThis. */
async function apiFor(url: string) {
  for (const key of ["dashboardDb", "dashboardCheckDb", "dashboardLiveState", "dashboardDbHealth", "dashboardEnv"])
    delete (globalThis as Record<string, unknown>)[key];
  process.env.DATABASE_URL = url;
  process.env.DATA_BUDGET_MS = "1000";
  vi.resetModules();
  return (await import("@/server/api/handle")).handleApi;
}

async function expectProblem503(handleApi: (r: Request) => Promise<Response>, path: string, detail: RegExp) {
  const res = await handleApi(new Request(`http://127.0.0.1${path}`));
  const body = await res.text();
  expect(res.status, `${path}: ${body}`).toBe(503);
  expect(res.headers.get("content-type"), path).toMatch(/^application\/problem\+json/);
  expect(res.headers.get("retry-after"), path).toMatch(/^\d+$/);
  const problem = JSON.parse(body) as Record<string, unknown>;
  expect(problem, path).toMatchObject({ type: "about:blank", title: "Service unavailable", status: 503 });
  expect(String(problem.detail), path).toMatch(detail);
  expect(body, path).not.toMatch(/at \w+ \(|Error:/);
}

describe("the API when its database is down", () => {
  it("answers problem+json 503 with Retry-After when the libSQL server is unreachable", async () => {
    // A loopback port of this project's range where nothing listens.
    const handleApi = await apiFor("http://127.0.0.1:41299");
    for (const path of PATHS) await expectProblem503(handleApi, path, /unreachable|unavailable/i);
  });

  it("names the fix when the embedded database holds no data yet", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "api-outage-")), "empty.db");
    writeFileSync(file, "");
    const handleApi = await apiFor(`file:${file}`);
    for (const path of PATHS) await expectProblem503(handleApi, path, /holds no data yet: run `npm run db:load`/);
  });
});
