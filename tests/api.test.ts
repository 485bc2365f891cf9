// The public API against a temporary database loaded with the real data/: the OpenAPI document is valid, every
// answer matches its declared schema, pages walk the whole listing once, ETags work, CSV is one row per figure.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, schemaChecker, templateOf } from "./api-helpers";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "api-")), "a.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { handleApi } = await import("@/server/api/handle");
const { countObservations } = await import("@/db/queries/sources");

const get = (path: string, headers: Record<string, string> = {}) =>
  handleApi(new Request(`${BASE}${path}`, { headers }));

let check: ReturnType<typeof schemaChecker>;

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
  const doc = await (await get("/api/v1/openapi.json")).json();
  check = schemaChecker(doc);
});

async function expectDeclared(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers);
  const type = (res.headers.get("content-type") ?? "").split(";")[0] ?? "";
  const body = type === "text/csv" ? await res.text() : await res.json();
  expect(check(templateOf(new URL(path, BASE).pathname), res.status, type, body), `${path} → ${res.status}`).toBe(null);
  return { res, body };
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await (await get("/api/v1/openapi.json")).json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("declares every answer the endpoints give, errors included", async () => {
    const paths = [
      "/api/v1",
      "/api/v1/series",
      "/api/v1/series?entity=AM&limit=2",
      "/api/v1/series/ru-am-trade-turnover",
      "/api/v1/series/ru-am-tarde",
      "/api/v1/observations?series=ru-am-trade-turnover&from=2021&to=2024",
      "/api/v1/observations?bound=max",
      "/api/v1/observations?series=nope-nope",
      "/api/v1/observations?limit=100000",
      "/api/v1/observations?colour=red",
      "/api/v1/sources",
      "/api/v1/datapackage.json",
      "/api/v1/datapackage/observations.csv",
      "/api/v1/datapackage/citatons.csv",
      "/api/v1/entities",
      "/api/v1/topics",
      "/api/v1/topics.csv",
      "/api/v1/openapi.json",
    ];
    for (const p of paths) await expectDeclared(p);
    // The checker can fail: a body that is not what the document declares is reported.
    expect(check("/series", 200, "application/json", { data: 1 })).not.toBe(null);
    await expectDeclared("/api/v1/sources", { accept: "image/png" });
    await expectDeclared("/api/v1/observations?series=ru-am-trade-turnover", { accept: "text/csv" });
  });
});

describe("answers", () => {
  it("carries provenance with every observation", async () => {
    const { body } = await expectDeclared("/api/v1/series/ru-ir-trade-turnover");
    const first = body.observations[0];
    expect(first).toMatchObject({ bound: "max", unit: "USD", valueText: "≤ $4B" });
    expect(first.citations[0].quote).toBeTruthy();
    expect(first.citations[0].link).toContain("#:~:text=");
  });

  it("suggests the series a typo meant", async () => {
    const res = await get("/api/v1/series/ru-am-tarde-turnover");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json()).detail).toBe(
      "unknown series 'ru-am-tarde-turnover'; did you mean 'ru-am-trade-turnover'?",
    );
  });

  it("suggests the full slug for a mistyped beginning, as a developer types it", async () => {
    const res = await get("/api/v1/series/ru-am-tarde");
    expect((await res.json()).detail).toBe("unknown series 'ru-am-tarde'; did you mean 'ru-am-trade-turnover'?");
    const far = await get("/api/v1/series/zzzzzz-qqqq");
    expect((await far.json()).detail).toBe("unknown series 'zzzzzz-qqqq'");
  });

  it("walks every observation once through the cursor, in a stable order", async () => {
    const seen: string[] = [];
    let next: string | null = "/api/v1/observations?limit=7";
    while (next) {
      const body: { data: { id: string }[]; next: string | null } = (await expectDeclared(next)).body;
      seen.push(...body.data.map((o) => o.id));
      next = body.next;
    }
    expect(seen.length).toBe(await countObservations());
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await get("/api/v1/sources");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await get("/api/v1/sources", { "if-none-match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("writes CSV with one row per observation, citations in columns", async () => {
    const res = await get("/api/v1/observations.csv?limit=500");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows.length).toBe(await countObservations());
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const derived = rows.find((r) => r.id === "ru-am-trade-turnover/2022");
    expect(derived?.derived).toBe("true");
    expect(derived?.citation1_source).toBeTruthy();
    // 2.5 billion × 1.70 = 4,250,000,000 stored exactly; "near-70%" supports two figures: ≈ $4.3B.
    expect([derived?.value, derived?.precision]).toEqual(["4300000000", "2"]);
  });

  it("writes a derived value at the precision its inputs support, in JSON too", async () => {
    const { body } = await expectDeclared("/api/v1/series/ru-am-trade-turnover");
    const figures = (body as { observations: { id: string; value: number; valueText: string }[] }).observations;
    expect(figures.find((o) => o.id === "ru-am-trade-turnover/2022")).toMatchObject({
      value: 4_300_000_000,
      valueText: "≈ $4.3B",
    });
  });

  it("answers OPTIONS with CORS and refuses writes with 405 and Allow", async () => {
    const pre = await handleApi(new Request(`${BASE}/api/v1/series`, { method: "OPTIONS" }));
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("GET");
    const post = await handleApi(new Request(`${BASE}/api/v1/series`, { method: "POST", body: "{}" }));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("problem details a developer can act on", () => {
  const detail = async (path: string, headers: Record<string, string> = {}) => {
    const { res, body } = await expectDeclared(path, headers);
    return [res.status, body.detail];
  };

  it("says what is wrong in the API's words, not the validator's", async () => {
    expect(await detail("/api/v1/search")).toEqual([400, "query parameter 'q' is required"]);
    expect(await detail(`/api/v1/search?q=${"a".repeat(201)}`)).toEqual([
      400,
      "query parameter 'q' must be at most 200 characters",
    ]);
    for (const limit of ["0", "-1", "1000", "abc", "1e3"])
      expect(await detail(`/api/v1/series?limit=${limit}`), limit).toEqual([
        400,
        "query parameter 'limit' must be a whole number from 1 to 500",
      ]);
    expect(await detail("/api/v1/search?q=x&limit=51")).toEqual([
      400,
      "query parameter 'limit' must be a whole number from 1 to 50",
    ]);
  });

  it("filters series by topic, names the topics a wrong one could be, and says each series' topic", async () => {
    const [status, text] = await detail("/api/v1/series?topic=trade-turnover");
    expect(status).toBe(400);
    expect(text).toMatch(/^query parameter 'topic' must be a topic id: .*\btrade\b.* \(\/api\/v1\/topics\)$/);
    const { body } = await expectDeclared("/api/v1/series?topic=trade");
    const series = (body as { data: { slug: string; topic: string }[] }).data;
    expect(series.map((s) => s.slug)).toContain("ru-am-trade-turnover");
    expect(series.every((s) => s.topic === "trade")).toBe(true);
  });

  it("refuses a cursor on another listing or with other filters, not on another page size", async () => {
    const first = await (await get("/api/v1/series?topic=trade&limit=1")).json();
    const cursor = new URL(first.next, BASE).searchParams.get("cursor") ?? "";
    expect((await get(`/api/v1/series?topic=trade&limit=5&cursor=${cursor}`)).status).toBe(200);
    for (const other of [`/api/v1/sources?cursor=${cursor}`, `/api/v1/series?topic=arms-transfers&cursor=${cursor}`]) {
      const [status, text] = await detail(other);
      expect([status, text], other).toEqual([400, expect.stringMatching(/^this cursor is for another listing/)]);
    }
  });

  it("says a 406 depends on the Accept header", async () => {
    const res = await get("/api/v1/series", { accept: "application/xml" });
    expect(res.status).toBe(406);
    expect(res.headers.get("vary")).toBe("Accept");
  });
});
