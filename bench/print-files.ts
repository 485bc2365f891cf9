// npm run bench:print — how big and how slow each print file is, for the three fixture charts (every mark
// kind): bytes, and the median of 5 renders in this process (first render, which loads fonts, excluded).
import { FIXTURES } from "../tests/fixtures/chart-fixtures";
import { renderChartFile } from "../lib/chart/render-file";
import { parseChartRequest } from "../lib/chart/request";
import { kb, markdownTable, median } from "./markdown-table";

const FILES = [
  ["svg", ""],
  ["svg", "width=16cm&text=outlines"],
  ["png", ""],
  ["png", "width=16cm&dpi=300"],
  ["pdf", ""],
  ["pdf", "page=a4"],
] as const;

const credit = { chartUrl: "https://flows.example/stories/x#chart-x", dataVersion: "bench" };

async function main() {
  const rows: string[][] = [];
  for (const [name, spec] of Object.entries(FIXTURES)) {
    for (const [ext, query] of FILES) {
      const parsed = parseChartRequest(`${spec.id}.${ext}`, new URLSearchParams(query));
      if (!parsed.ok) throw new Error(parsed.message);
      let bytes = (await renderChartFile(spec, parsed.value, credit)).body.length;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        bytes = (await renderChartFile(spec, parsed.value, credit)).body.length;
        times.push(performance.now() - t0);
      }
      rows.push([name, `.${ext}${query ? `?${query}` : ""}`, kb(bytes), median(times).toFixed(0)]);
    }
  }
  console.log(markdownTable(["chart", "file", "KB", "ms (median of 5)"], rows));
}

await main();
