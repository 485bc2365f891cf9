// The chart files an embed's no-script image, the share panel and oEmbed thumbnails point at.
import { expect, test } from "@playwright/test";
import { STORIES } from "../lib/registry/stories";
import { csvRecords } from "./csv";
import { observationsOf } from "./db";

const chart = STORIES[0]?.charts[0];
const CHART = chart?.id ?? "";

type ChartJson = {
  chart: { title: string };
  values: { series: string; period: string; value: number; bound: string; footnotes: number[] }[];
  footnotes: { n: number; author: string }[];
};

test("unknown charts are 404s and out-of-range parameters 400s", async ({ request }) => {
  expect((await request.get("/charts/nope.svg")).status()).toBe(404);
  for (const query of ["width=0", "width=1000000000", "scale=abc"]) {
    const res = await request.get(`/charts/${CHART}.png?${query}`);
    expect(res.status(), query).toBe(400);
    expect(res.headers()["content-type"]).toContain("text/plain");
  }
});

test("a PNG asked for at 640 is 640 pixels wide", async ({ request }) => {
  const res = await request.get(`/charts/${CHART}.png?width=640`);
  expect(res.status()).toBe(200);
  const png = await res.body();
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect(png.readUInt32BE(16)).toBe(640);
  expect(png.readUInt32BE(20)).toBeGreaterThan(0);
});

test("the SVG is well-formed XML with the title and every footnote's author", async ({ page, request }) => {
  const svg = await (await request.get(`/charts/${CHART}.svg`)).text();
  const json = (await (await request.get(`/charts/${CHART}.json`)).json()) as ChartJson;
  await page.goto("about:blank");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent ?? "",
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe("svg");
  const flat = parsed.text.replace(/\s+/g, " ");
  expect(flat).toContain(json.chart.title);
  expect(json.footnotes.length).toBeGreaterThan(0);
  for (const f of json.footnotes) expect(flat).toContain(f.author);
});

test("the CSV reads back to the JSON download's values and the database's", async ({ request }) => {
  const rows = csvRecords(await (await request.get(`/charts/${CHART}.csv`)).text());
  const json = (await (await request.get(`/charts/${CHART}.json`)).json()) as ChartJson;
  const db = await observationsOf(chart?.series ?? []);
  const key = (series: string, period: string) => `${series}|${period}`;
  expect(json.values.map((v) => key(v.series, v.period)).sort()).toEqual(
    db.map((o) => key(o.series_slug, o.period)).sort(),
  );
  for (const v of json.values) {
    const o = db.find((x) => x.series_slug === v.series && x.period === v.period);
    // A derived value at the precision its inputs support (≈ $4.3B is 4.3e9), never the exact arithmetic.
    const stated = o && (o.precision ? Number(o.value.toPrecision(o.precision)) : o.value);
    expect(o && [stated, o.bound]).toEqual([v.value, v.bound]);
    const mine = rows.filter((r) => r.series === v.series && r.period === v.period);
    // One CSV row per value (a spreadsheet total counts it once), its citations in numbered columns.
    expect(mine).toHaveLength(1);
    const [r] = mine;
    expect(r && [Number(r.value), r.bound]).toEqual([v.value, v.bound]);
    expect(v.footnotes.map((_, i) => Number(r?.[`citation${i + 1}_footnote`]))).toEqual(v.footnotes);
  }
  expect(rows.length).toBe(json.values.length);
});

test("images carry an ETag and Cache-Control, and a matching If-None-Match gets a 304", async ({ request }) => {
  for (const file of [`${CHART}.png?width=640`, `${CHART}.svg`]) {
    const first = await request.get(`/charts/${file}`);
    const etag = first.headers()["etag"];
    expect(etag, file).toMatch(/^".+"$/);
    expect(first.headers()["cache-control"], file).toContain("max-age=");
    const again = await request.get(`/charts/${file}`, { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status(), file).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    const headers = first.headers();
    expect(headers["content-security-policy"], file).toContain("frame-ancestors *");
  }
});

test("bad print sizes are 400s with a short reason, never a render", async ({ request }) => {
  for (const query of ["width=0cm", "width=-16cm", "width=5000cm", "width=16cm&dpi=0", "width=16parsec", "dpi=300"]) {
    const res = await request.get(`/charts/${CHART}.png?${query}`);
    expect(res.status(), query).toBe(400);
    expect((await res.text()).length, query).toBeLessThan(120);
  }
  expect((await request.get(`/charts/${CHART}.pdf?width=800`)).status()).toBe(400);
  expect((await request.get(`/charts/${CHART}.pdf?page=a3`)).status()).toBe(400);
});

test("print files download under a name with the chart, the day and the data version", async ({ request }) => {
  const pdf = await request.get(`/charts/${CHART}.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const name = new RegExp(`^attachment; filename="${CHART}_\\d{4}-\\d{2}-\\d{2}_data-[\\w.-]+\\.pdf"$`);
  expect(pdf.headers()["content-disposition"]).toMatch(name);
  const png = await request.get(`/charts/${CHART}.png?width=16cm&dpi=300`);
  expect(png.status()).toBe(200);
  expect((await png.body()).readUInt32BE(16)).toBe(Math.round((16 / 2.54) * 300));
  expect(png.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.png"$/);
});
