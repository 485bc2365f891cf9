// Chart files drawn by a render worker (the "file" job kind): the worker runs the TypeScript chart code
// through tsx, from plain data, and must give what the same code gives on the calling thread.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import type { Credit } from "../chart/credit";
import { renderChartFile } from "../chart/render-file";
import { parseChartRequest, type ChartRequest } from "../chart/request";
import type { ChartSpec } from "../chart/types";
import { WorkerPool } from "./worker-pool";

type Jobs = { file: { input: { spec: ChartSpec; req: ChartRequest; credit: Credit }; output: Uint8Array } };

const pool = new WorkerPool<Jobs>({
  script: path.join(process.cwd(), "workers", "render-worker.mjs"),
  size: 1,
  maxQueue: 8,
  // The worker's first file loads the chart code and parses the fonts: seconds on a loaded machine.
  jobTimeoutMs: 60_000,
});
afterAll(() => pool.close());

const credit = { chartUrl: "https://flows.example/stories/trade#chart-trade", dataVersion: "2026-11-30.1" };
const spec = FIXTURES.trade;

function request(file: string, search = ""): ChartRequest {
  const r = parseChartRequest(file, new URLSearchParams(search));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function inWorker(req: ChartRequest) {
  return pool.run("file", { spec, req, credit });
}

describe("chart files drawn by a render worker", () => {
  it.each([
    ["svg", ""],
    ["svg", "width=16cm&text=outlines"],
    ["png", "width=1600&scale=3&theme=dark"],
    ["png", "width=16cm&dpi=300"],
  ])("a .%s?%s is byte for byte the file drawn on this thread", { timeout: 90_000 }, async (ext, search) => {
    const req = request(`${spec.id}.${ext}`, search);
    const result = await inWorker(req);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const here = await renderChartFile(spec, req, credit);
    expect(Buffer.from(result.value).equals(here.body)).toBe(true);
  });

  it(
    "a PDF is a PDF poppler reads, with the title, the footnotes and the credit as text",
    { timeout: 90_000 },
    async () => {
      const result = await inWorker(request(`${spec.id}.pdf`, "page=a4&theme=dark"));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const file = path.join(mkdtempSync(path.join(tmpdir(), "worker-pdf-")), "chart.pdf");
      writeFileSync(file, result.value);
      expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Page size:\s+595\.2\d x 841\.8\d pts/);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain(spec.title);
      for (const f of spec.footnotes) expect(text).toContain(f.author);
      expect(text).toContain("data version 2026-11-30.1");
    },
  );

  it(
    "reports a render too large as RenderLimitError (the route's 400), not as a failure",
    { timeout: 90_000 },
    async () => {
      // Past the parser's limits on purpose: a narrow, tall layout drawn 8,000 pixels wide.
      const req: ChartRequest = {
        ...request(`${spec.id}.png`),
        width: 283,
        print: { widthIn: 2.95, dpi: 2712, page: "figure" },
      };
      const result = await inWorker(req);
      expect(result).toMatchObject({ ok: false, reason: "failed", code: "RenderLimitError" });
      if (!result.ok) expect(result.detail).toMatch(/pixels; at most 40000000/);
    },
  );
});
