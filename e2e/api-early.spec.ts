// The data API's fast path (server/api/answer-early.ts) answers exactly as Next.js's route does: the e2e
// server (npm start, fast path on) and a second server of the same build and database with API_VIA_NEXT=1
// (every API request through Next.js) get the same requests, and every answer must match in status, every
// header but Date and the connection's (Content-Encoding and Vary included), and every byte of the body
// once decoded (Next.js gzips a route's body chunk by chunk as it streams, so the compressed framing
// differs) — successes, CSV, HEAD, 304, CORS and each kind of problem+json. Both servers are given the
// same SITE_URL, so links match.
import { expect, test } from "@playwright/test";
import { decoded, rawGet } from "./api-compare";
import { answers, port, startReplica, stop, waitUntil, type Proc } from "./replicas";

const VIA_NEXT = port(21);
const OURS = `http://127.0.0.1:${port(0)}`;
const THEIRS = `http://127.0.0.1:${VIA_NEXT}`;
const SLUG = "ru-am-trade-turnover";
const GZIP = { "accept-encoding": "gzip, deflate, br" };

let viaNext: Proc | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const db = process.env.DATABASE_URL ?? "file:.data/dashboard.db";
  viaNext = startReplica(VIA_NEXT, db, 1000, { API_VIA_NEXT: "1", SITE_URL: OURS });
  await waitUntil("the Next.js-only server", answers(`${THEIRS}/api/v1/topics`), 180_000, viaNext);
});

test.afterAll(async () => stop(viaNext));

type Case = [method: string, path: string, headers?: Record<string, string>];

async function cases(): Promise<Case[]> {
  const first = await rawGet(OURS, "/api/v1/observations?limit=2");
  const next = String(JSON.parse(first.body.toString()).next ?? "");
  const etag = (await rawGet(OURS, `/api/v1/series/${SLUG}`)).headers.etag ?? "";
  expect(next).toContain("cursor=");
  expect(etag).not.toBe("");
  const paths = [
    "/api/v1",
    "/api/v1/series",
    "/api/v1/series?topic=trade&limit=2",
    `/api/v1/series/${SLUG}`,
    `/api/v1/series/${SLUG}.csv`,
    `/api/v1/observations?series=${SLUG}`,
    "/api/v1/observations?bound=max&limit=5",
    new URL(next, OURS).pathname + new URL(next, OURS).search,
    "/api/v1/observations.csv?limit=4",
    "/api/v1/sources",
    "/api/v1/entities?limit=3",
    "/api/v1/topics",
    "/api/v1/search?q=Gyumri",
    "/api/v1/openapi.json",
    "/api/v1/datapackage.json",
    "/api/v1/datapackage/observations.csv",
    // Problems: unknown series (with a suggestion), endpoint, parameter, bad values, bad cursor, 406.
    "/api/v1/series/ru-am-tarde",
    "/api/v1/series/%C3%A9t%C3%A9",
    "/api/v1/nothing-here",
    "/api/v1/observations?limit=abc",
    "/api/v1/observations?limit=1000000",
    "/api/v1/observations?colour=red",
    "/api/v1/observations?cursor=not-a-cursor",
    "/api/v1/observations?from=2024&to=2020",
    "/api/v1/observations?series=nope",
    "/api/v1/search",
    "/api/v1/openapi.json.csv",
    // Left to Next.js by the fast path: a trailing slash, a non-UTF-8 address.
    "/api/v1/series/",
    "/api/v1/series/%C3%28",
  ];
  return [
    ...paths.flatMap((p): Case[] => [
      ["GET", p],
      ["GET", p, GZIP],
      ["HEAD", p, GZIP],
    ]),
    ["GET", `/api/v1/series/${SLUG}`, { accept: "text/csv" }],
    ["GET", `/api/v1/series/${SLUG}`, { accept: "image/png" }],
    ["GET", `/api/v1/series/${SLUG}`, { "if-none-match": etag, ...GZIP }],
    ["GET", `/api/v1/series/${SLUG}`, { "if-none-match": `W/${etag}, "other"` }],
    ["HEAD", `/api/v1/series/${SLUG}`, { "if-none-match": "*" }],
    ["GET", `/api/v1/series/${SLUG}`, { origin: "https://elsewhere.example", ...GZIP }],
    ["OPTIONS", `/api/v1/series/${SLUG}`, { origin: "https://elsewhere.example" }],
  ];
}

test("every API answer of the fast path equals Next.js's, header by header and byte by byte", async () => {
  test.setTimeout(120_000);
  const all = await cases();
  const statuses = new Set<number>();
  for (const [method, path, headers] of all) {
    const what = `${method} ${path} ${JSON.stringify(headers ?? {})}`;
    const ours = await rawGet(OURS, path, method, headers);
    const theirs = await rawGet(THEIRS, path, method, headers);
    statuses.add(ours.status);
    expect(ours.status, what).toBe(theirs.status);
    expect(ours.headers, what).toEqual(theirs.headers);
    expect(decoded(ours).equals(decoded(theirs)), `${what}: body`).toBe(true);
  }
  // The comparison covered successes, conditional answers, redirects and each kind of client error.
  expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 204, 304, 308, 400, 404, 406, 422]));
});
