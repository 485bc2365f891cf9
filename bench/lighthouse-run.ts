// One Lighthouse run through npx, so lighthouse never becomes a dependency of the project. 12.8.2 is
// the last release that runs on Node 20 (13.x needs Node 22.19).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const LIGHTHOUSE = "lighthouse@12.8.2";
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
] as const;
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run";

export type Category = (typeof CATEGORIES)[number];
export type Metric = (typeof METRICS)[number];
export type LighthouseResult = {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /** Audits that lost points, as "category: audit-id", for the notes under the table. */
  failing: string[];
};

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
};

function failingAudits(report: Report): string[] {
  const failing: string[] = [];
  for (const [category, { auditRefs }] of Object.entries(report.categories)) {
    for (const ref of auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1)
        failing.push(`${category}: ${ref.id}`);
    }
  }
  return failing;
}

function parse(report: Report): LighthouseResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c]?.score ?? Number.NaN])) as Record<
    Category,
    number
  >;
  const metrics = Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.numericValue ?? Number.NaN])) as Record<
    Metric,
    number
  >;
  return { scores, metrics, failing: failingAudits(report) };
}

function npx(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["-y", ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${args[0]} exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" / ")}`));
    });
  });
}

/** Mobile (Lighthouse's default form factor and simulated throttling) scores and metrics for one URL. */
export async function lighthouse(url: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const output = join(dir, "report.json");
  try {
    await npx(
      [
        LIGHTHOUSE,
        url,
        "--quiet",
        "--output=json",
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      180_000,
    );
    return parse(JSON.parse(readFileSync(output, "utf8")) as Report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
