// The whole dataset as a Data Package: the served descriptor validates against the Frictionless profile, and
// every table, read back with its Table Schema, has the right types, unique keys and foreign keys that resolve.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE } from "./api-helpers";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "dp-")), "a.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { handleApi } = await import("@/server/api/handle");
const { countObservations } = await import("@/db/queries/sources");
const { RESOURCE_NAMES } = await import("@/lib/dataset/data-package");

type Resource = { name: string; path: string; checkRelations: () => Promise<unknown>; read: () => Promise<unknown[]> };
type Pkg = { valid: boolean; errors: Error[]; resources: Resource[] };
type Frictionless = {
  validate: (d: unknown) => Promise<{ valid: boolean; errors: Error[] }>;
  Package: { load: (d: unknown, o: { basePath: string; strict?: boolean }) => Promise<Pkg> };
};
// The Frictionless reference library (CommonJS), with the Data Package profiles it ships: checked offline.
const frictionless = createRequire(import.meta.url)("datapackage") as Frictionless;

const get = (path: string, headers: Record<string, string> = {}) =>
  handleApi(new Request(`${BASE}${path}`, { headers }));

type Descriptor = { resources: { name: string; path: string }[]; version: string; sources: unknown[] };
let descriptor: Descriptor;
const csv: Record<string, string> = {};

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
  const res = await get("/api/v1/datapackage.json");
  expect(res.status).toBe(200);
  descriptor = (await res.json()) as Descriptor;
  for (const r of descriptor.resources) {
    const file = await get(new URL(r.path).pathname);
    expect(file.status, r.path).toBe(200);
    expect(file.headers.get("content-type")).toMatch(/^text\/csv/);
    csv[r.name] = await file.text();
  }
});

/** Loads the tables from files as a reader would, and lists every table that breaks its schema or keys. */
async function checkTables(tables: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "dp-files-"));
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, `${name}.csv`), text);
  const local = { ...descriptor, resources: descriptor.resources.map((r) => ({ ...r, path: `${r.name}.csv` })) };
  const pkg = await frictionless.Package.load(local, { basePath: dir, strict: true });
  const failures = pkg.errors.map((e) => `package: ${e.message}`);
  for (const resource of pkg.resources) {
    const ok = await resource.checkRelations().catch((e: Error) => e);
    if (ok !== true) failures.push(`${resource.name}: ${ok instanceof Error ? ok.message : String(ok)}`);
  }
  return failures;
}

describe("the Data Package", () => {
  it("validates against the tabular Data Package profile", async () => {
    expect(await frictionless.validate(descriptor)).toEqual({ valid: true, errors: [] });
    expect(descriptor.resources.map((r) => r.name)).toEqual([...RESOURCE_NAMES]);
    expect(descriptor.sources.length).toBeGreaterThanOrEqual(9);
  });

  it("has tables whose every row fits its Table Schema, with unique keys and resolving foreign keys", async () => {
    const failures = await checkTables(csv);
    expect(failures).toEqual([]);
  });

  it("is checked for real: a citation of no figure, or a date that is not one, fails the check", async () => {
    const firstId = /\n\d+,([^,]+),/.exec(csv.citations ?? "")?.[1] ?? "";
    const orphan = { ...csv, citations: (csv.citations ?? "").replace(`,${firstId},`, ",no-such-figure,") };
    expect(await checkTables(orphan)).toEqual([expect.stringMatching(/^citations: /)]);
    const badDate = { ...csv, observations: (csv.observations ?? "").replace(/,(\d{4})-01-01,/, ",$1-13-01,") };
    expect(await checkTables(badDate)).not.toEqual([]);
  });

  it("has one row per figure, and every figure cites at least one sentence", async () => {
    const observations = parse(csv.observations ?? "", { columns: true }) as Record<string, string>[];
    const citations = parse(csv.citations ?? "", { columns: true }) as Record<string, string>[];
    expect(observations.length).toBe(await countObservations());
    const cited = new Set(citations.map((c) => c.observation));
    const inputs = parse(csv.observation_inputs ?? "", { columns: true }) as Record<string, string>[];
    const derived = new Set(inputs.map((i) => i.observation));
    for (const o of observations) expect(cited.has(o.id ?? "") || derived.has(o.id ?? ""), o.id).toBe(true);
    // Stored as 4,250,000,000 (2.5 billion × 1.70); written at the two figures "near-70%" supports.
    expect(observations.find((o) => o.id === "ru-am-trade-turnover/2022")?.value).toBe("4300000000");
    const bounded = observations.find((o) => o.bound === "max");
    expect(bounded?.value_text).toMatch(/^≤|^</);
  });

  it("answers an unknown table with 404 and a suggestion, and JSON with 406", async () => {
    const unknown = await get("/api/v1/datapackage/citation.csv");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await unknown.json()).detail).toMatch(/did you mean 'citations'/);
    expect((await get("/api/v1/datapackage/citations")).status).toBe(404);
    expect((await get("/api/v1/datapackage/citations.csv", { accept: "application/json" })).status).toBe(200);
    expect((await get("/api/v1/datapackage.json", { accept: "text/csv" })).status).toBe(406);
  });
});
