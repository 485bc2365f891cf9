// The review server: its guards (loopback host, token, origin, type, size), a save that is exactly
// db:load's result, a rejected save that changes nothing, and a seeded fuzz of its endpoints.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { loadDataset } from "@/db/load";
import * as t from "@/db/schema";
import { buildDraft } from "@/lib/ingest/draft";
import { extractHtml } from "@/lib/ingest/extract-html";
import { createReviewServer } from "./server";

let PORT = 0;
let ORIGIN = "";
const html = readFileSync(join(__dirname, "../e2e/fixtures/ingest-article.html"), "utf8");

async function dbSnapshot(db: Db): Promise<string> {
  const tables = [t.sources, t.series, t.seriesEntities, t.observations, t.citations, t.meta];
  const rows = await Promise.all(tables.map((table) => db.select().from(table)));
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}
function dirSnapshot(dir: string): string {
  const hash = createHash("sha256");
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()))
    hash.update(join(f.parentPath, f.name)).update(readFileSync(join(f.parentPath, f.name)));
  return hash.digest("hex");
}

let dataDir: string;
let db: Db;
let token: string;
let close: () => void;

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "review-test-"));
  dataDir = join(tmp, "data");
  cpSync(join(__dirname, "../data"), dataDir, { recursive: true });
  db = createDb(`file:${join(tmp, "review.db")}`);
  expect(await loadDataset(db, dataDir)).toMatchObject({ ok: true });
  const { text, meta } = extractHtml(html);
  const draft = buildDraft("ingest-article.html", text, meta, { series: [], entities: [] }, new Date());
  const made = createReviewServer({ draft, draftName: "ingest-article.html", dataDir, db });
  token = made.token;
  await new Promise<void>((ok) => made.server.listen(0, "127.0.0.1", ok));
  PORT = (made.server.address() as AddressInfo).port;
  ORIGIN = `http://127.0.0.1:${PORT}`;
  close = () => made.server.close();
});
afterAll(() => close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${ORIGIN}/api/save`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-review-token": token, origin: ORIGIN, ...headers },
    body,
  });

const validRequest = (value = 412_000_000) => ({
  source: {
    id: "testadze-2025-georgia-grain",
    title: "Georgia's Grain Imports From Russia Keep Growing",
    author: "Nino Testadze",
    publication: "Test Caucasus Review",
    publisher: "Test Caucasus Review",
    published: "2025-03-14",
    url: "https://example.org/articles/georgia-grain-imports",
  },
  newSeries: [
    {
      slug: "ru-ge-wheat-imports",
      title: "Georgia's wheat imports from Russia",
      unit: "USD",
      measure: "import-value",
      kind: "indicator",
      topic: "trade",
      entities: [
        { entity: "RU", role: "supplier" },
        { entity: "GE", role: "recipient" },
      ],
    },
  ],
  figures: [
    {
      series: "ru-ge-wheat-imports",
      period: "2024",
      value,
      bound: "exact",
      strict: false,
      quote: "Georgia imported wheat worth $412 million from Russia",
      context: "In 2024, Georgia imported wheat worth $412 million from Russia, according to the customs service.",
    },
  ],
});

describe("the review server's guards", () => {
  it("serves the page only with the token, and only to its own host", async () => {
    expect((await fetch(`${ORIGIN}/`)).status).toBe(403);
    expect((await fetch(`${ORIGIN}/?token=${token}`)).status).toBe(200);
    expect((await fetch(`http://localhost:${PORT}/?token=${token}`)).status).toBe(421);
    expect((await fetch(`${ORIGIN}/api/draft`)).status).toBe(403);
    expect((await fetch(`${ORIGIN}/api/draft`, { headers: { "x-review-token": token } })).status).toBe(200);
  });

  it("refuses cross-origin, non-JSON, oversized and malformed saves", async () => {
    const body = JSON.stringify(validRequest());
    expect((await post(body, { origin: "http://evil.example" })).status).toBe(403);
    expect((await post(body, { "x-review-token": "nope" })).status).toBe(403);
    expect((await post(body, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post("x".repeat(1_100_000))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ ...validRequest(), extra: 1 }))).status).toBe(400);
    const outside = validRequest();
    outside.figures[0]!.quote = "Georgia imported wheat worth $999 million";
    expect((await post(JSON.stringify(outside))).status).toBe(422);
  });
});

describe("saving", () => {
  it("rejects an invalid edit with the loader's message and changes nothing", async () => {
    const [files, rows] = [dirSnapshot(dataDir), await dbSnapshot(db)];
    const res = await post(JSON.stringify(validRequest(412)));
    expect(res.status).toBe(422);
    const result = (await res.json()) as { errors: string[] };
    expect(result.errors).toContain(
      "data/observations/testadze-2025-georgia-grain.yaml: ru-ge-wheat-imports/2024: citations[0].quote: the quote does not state 412",
    );
    expect(dirSnapshot(dataDir)).toBe(files);
    expect(await dbSnapshot(db)).toBe(rows);
  });

  it("fuzz: random requests never get a 5xx and never change anything unless saved", async () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const junk = () =>
      pick<unknown>([
        null,
        -1,
        1e308,
        "",
        "../../etc/passwd",
        "a".repeat(5000),
        [],
        {},
        true,
        "2024",
        "<script>",
        "\u0000",
      ]);
    const mutate = (v: unknown, depth = 0): unknown => {
      if (rand() < 0.15) return junk();
      if (Array.isArray(v)) return v.map((x) => mutate(x, depth + 1));
      if (v && typeof v === "object")
        return Object.fromEntries(
          Object.entries(v).flatMap(([k, x]) => (rand() < 0.1 ? [] : [[k, mutate(x, depth + 1)]])),
        );
      return v;
    };
    const [files, rows] = [dirSnapshot(dataDir), await dbSnapshot(db)];
    for (let i = 0; i < 150; i++) {
      const kind = rand();
      const res =
        kind < 0.7
          ? await post(JSON.stringify(mutate(validRequest(412))))
          : await fetch(`${ORIGIN}${pick(["/api/save", "/api/draft", "/api/x", "/%2e%2e/data", "/?token="])}`, {
              method: pick(["GET", "POST", "PUT", "DELETE"]),
              headers: { "x-review-token": pick([token, "", "x"]), origin: pick([ORIGIN, "null"]) },
            });
      expect(res.status, `request ${i}`).toBeLessThan(500);
      await res.arrayBuffer();
    }
    expect(dirSnapshot(dataDir)).toBe(files);
    expect(await dbSnapshot(db)).toBe(rows);
  });

  it("writes the article into data/ and loads exactly what db:load loads", async () => {
    const res = await post(JSON.stringify(validRequest()));
    const result = (await res.json()) as { ok: boolean; files: string[] };
    expect(res.status, JSON.stringify(result)).toBe(200);
    expect(result.files).toEqual([
      "data/sources.yaml",
      "data/observations/testadze-2025-georgia-grain.yaml",
      "data/series/testadze-2025-georgia-grain.yaml",
    ]);
    const fresh = createDb(`file:${join(mkdtempSync(join(tmpdir(), "review-fresh-")), "fresh.db")}`);
    expect(await loadDataset(fresh, dataDir)).toMatchObject({ ok: true });
    expect(await dbSnapshot(db)).toBe(await dbSnapshot(fresh));
    const again = await post(JSON.stringify(validRequest()));
    expect(again.status).toBe(422);
  });
});
