import { describe, expect, it } from "vitest";
import { FIXTURES, GAS_SPEC, INVEST_SPEC, TRADE_SPEC } from "../../tests/fixtures/chart-fixtures";
import { layoutChart } from "./scene";
import { textBox, textExtent, textWidth, wrapText } from "./scene-text";
import {
  flatten,
  markGroups,
  type CirclePrim,
  type GroupPrim,
  type LinePrim,
  type Primitive,
  type RectPrim,
  type Scene,
  type TextPrim,
} from "./scene-types";
import type { ChartSpec } from "./types";

const specs = Object.entries(FIXTURES) as [string, ChartSpec][];
const texts = (prims: readonly Primitive[]) => flatten(prims).filter((p): p is TextPrim => p.type === "text");
const pointIds = (spec: ChartSpec) => spec.series.flatMap((s) => s.points.map((p) => p.id));

function group(scene: Scene, id: string): GroupPrim {
  const g = markGroups(scene.children).find((m) => m.markId === id);
  if (!g) throw new Error(`no mark group ${id}`);
  return g;
}

function firstCircle(g: GroupPrim): CirclePrim {
  const c = flatten(g.children).find((p): p is CirclePrim => p.type === "circle");
  if (!c) throw new Error(`no circle in ${g.markId}`);
  return c;
}

describe("layoutChart", () => {
  for (const [name, spec] of specs) {
    for (const standalone of [false, true]) {
      it(`${name} (${standalone ? "standalone" : "plot"}) has exactly one mark group per point`, () => {
        for (const width of [320, 768, 1280]) {
          const ids = markGroups(layoutChart(spec, { width, standalone }).children).map((g) => g.markId);
          expect(ids.sort()).toEqual(pointIds(spec).sort());
        }
      });

      it(`${name} (${standalone ? "standalone" : "plot"}) keeps every text inside the canvas from 320 to 1600 px`, () => {
        for (const width of [320, 360, 480, 768, 1024, 1280, 1600]) {
          const scene = layoutChart(spec, { width, standalone });
          expect(scene.width).toBe(width);
          for (const t of texts(scene.children)) {
            const [x0, x1] = textExtent(t);
            expect(x0, `"${t.text}" at ${width}`).toBeGreaterThanOrEqual(-0.01);
            expect(x1, `"${t.text}" at ${width}`).toBeLessThanOrEqual(width + 0.01);
            expect(t.y - t.size * 0.8, `"${t.text}" top at ${width}`).toBeGreaterThanOrEqual(0);
            expect(t.y + t.size * 0.25, `"${t.text}" bottom at ${width}`).toBeLessThanOrEqual(scene.height);
          }
        }
      });
    }
  }

  it("joins only the listed segment ids, never across the 2023 gap, dashed where a point is derived", () => {
    for (const width of [320, 768, 1280]) {
      const scene = layoutChart(TRADE_SPEC, { width, standalone: false });
      const parts = scene.children.filter((p): p is GroupPrim => p.type === "group" && p.role === "lines");
      expect(parts).toHaveLength(1);
      const lines = flatten(parts).filter((p): p is LinePrim => p.type === "line");
      expect(lines).toHaveLength(1);
      const [line] = lines as [LinePrim];
      const a = firstCircle(group(scene, "t-2021"));
      const b = firstCircle(group(scene, "t-2022"));
      expect([line.x1, line.y1, line.x2, line.y2]).toEqual([a.cx, a.cy, b.cx, b.cy]);
      expect(line.dash).toBeTruthy();
      const c2024 = firstCircle(group(scene, "t-2024"));
      expect(Math.max(line.x1, line.x2)).toBeLessThan(c2024.cx);
    }
  });

  it("draws a period as a bar spanning its start..end, not as a point", () => {
    const scene = layoutChart(GAS_SPEC, { width: 1280, standalone: false });
    const g = group(scene, "g-2011-2020");
    expect(flatten(g.children).some((p) => p.type === "circle")).toBe(false);
    const bar = flatten(g.children).find((p): p is RectPrim => p.type === "rect");
    const label = (year: string) => texts(scene.children).find((t) => t.text === year)?.x ?? NaN;
    const perYear = (label("2020") - label("2011")) / 9;
    expect(bar?.x).toBeCloseTo(label("2011") - perYear / 2, 0);
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(label("2020") + perYear / 2, 0);
  });

  it("points bounds the way the true value may lie: up for at least, down for at most", () => {
    const scene = layoutChart(GAS_SPEC, { width: 768, standalone: false });
    const tipY = (g: GroupPrim) => {
      const head = flatten(g.children).find((p) => p.type === "path");
      const m = head?.type === "path" ? /^M[\d.-]+ ([\d.-]+)/.exec(head.d) : null;
      return Number(m?.[1]);
    };
    const atLeast = group(scene, "g-2021-2023");
    const bar = flatten(atLeast.children).find((p): p is RectPrim => p.type === "rect");
    expect(tipY(atLeast)).toBeLessThan(bar?.y ?? -Infinity);
    const atMost = group(scene, "i-2025");
    expect(tipY(atMost)).toBeGreaterThan(firstCircle(atMost).cy);
  });

  it("labels each mark with its value and superscript footnote numbers, and says it in words", () => {
    const scene = layoutChart(GAS_SPEC, { width: 768, standalone: false });
    const period = group(scene, "g-2011-2020");
    expect(texts(period.children).map((t) => t.text)).toEqual(["94%", "1,2"]);
    expect(period.footnotes).toEqual([1, 2]);
    expect(period.ariaLabel).toBe("From Russia, 2011–2020: 94%, sources 1 and 2");
    const trade = layoutChart(TRADE_SPEC, { width: 768, standalone: false });
    expect(group(trade, "r-2024").ariaLabel).toBe("Re-exports to Russia, 2024: at most $4B, source 4");
    expect(group(trade, "t-2022").ariaLabel).toContain("approximately $4.3B (derived)");
  });

  it("draws bars with the bound at the end: an arrow beyond the end for at least, hollow for approximate", () => {
    for (const width of [320, 768, 1280]) {
      const scene = layoutChart(INVEST_SPEC, { width, standalone: false });
      const vtb = group(scene, "inv-vtb-2024");
      const bar = flatten(vtb.children).find((p): p is RectPrim => p.type === "rect");
      const head = flatten(vtb.children).find((p) => p.type === "path");
      expect(head?.type === "path" && Number(/^M([\d.]+)/.exec(head.d)?.[1])).toBeGreaterThan(
        (bar?.x ?? 0) + (bar?.width ?? 0),
      );
      expect(texts(vtb.children).map((t) => t.text)).toEqual(["≥ $300M", "3"]);
      const gazprom = flatten(group(scene, "inv-gazprom-2024").children).filter(
        (p): p is RectPrim => p.type === "rect",
      );
      expect(gazprom.some((r) => r.fillOpacity !== undefined && r.fillOpacity < 1 && r.stroke)).toBe(true);
    }
  });

  it("standalone adds the title, a legend of only the mark kinds present, notes and sources; the plot alone has none", () => {
    const words = (scene: Scene) =>
      texts(scene.children)
        .map((t) => t.text)
        .join(" ");
    const gas = words(layoutChart(GAS_SPEC, { width: 768, standalone: true }));
    expect(gas).toContain(GAS_SPEC.title);
    expect(gas).toContain("a figure for a whole period");
    expect(gas).toContain("at least / more than");
    expect(gas).not.toContain("approximately");
    expect(gas).not.toContain("derived from other figures");
    const trade = words(layoutChart(TRADE_SPEC, { width: 1280, standalone: true }));
    expect(trade).toContain("derived from other figures");
    expect(trade).toContain("Hovhannes Poghosyan, [title not shown on the publisher’s page], Aravot, c. Feb 2023.");
    expect(trade).not.toContain("headline not recovered");
    expect(trade).toContain("Note: The 2022 figure");
    // An image has no table of values: what qualifies each value travels in it, after the notes.
    const derived = TRADE_SPEC.series.flatMap((s) => s.points).find((p) => p.derived);
    expect(derived?.details.length).toBeGreaterThan(0);
    for (const line of derived?.details ?? []) expect(trade).toContain(line.split(" ").slice(0, 4).join(" "));
    const plot = words(layoutChart(TRADE_SPEC, { width: 1280, standalone: false }));
    expect(plot).not.toContain(TRADE_SPEC.title);
    expect(plot).not.toContain("Sources");
  });

  it("never shows overlapping year labels, and labels whole years inside the domain", () => {
    for (const width of [320, 480, 768, 1600]) {
      const scene = layoutChart(GAS_SPEC, { width, standalone: false });
      const years = texts(scene.children)
        .filter((t) => /^\d{4}$/.test(t.text))
        .map((t) => textExtent(t));
      expect(years.length).toBeGreaterThan(1);
      for (let i = 1; i < years.length; i++) expect(years[i]?.[0]).toBeGreaterThan(years[i - 1]?.[1] ?? Infinity);
    }
  });

  it("never lets value labels, footnote numbers or annotation labels overlap each other", () => {
    for (const [name, spec] of specs) {
      for (const width of [320, 360, 768, 1280]) {
        const scene = layoutChart(spec, { width, standalone: false });
        // A value label and its footnote numbers are one label; annotation lines are each their own.
        const union = (ts: TextPrim[]) =>
          ts.map(textBox).reduce((a, b) => ({
            x0: Math.min(a.x0, b.x0),
            x1: Math.max(a.x1, b.x1),
            y0: Math.min(a.y0, b.y0),
            y1: Math.max(a.y1, b.y1),
          }));
        const marks = markGroups(scene.children)
          .map((g) => texts(g.children))
          .filter((ts) => ts.length > 0);
        const annotations = texts(scene.children.filter((p) => p.type === "group" && p.role === "annotations"));
        const boxes = [
          ...marks.map((ts) => ({ t: ts.map((x) => x.text).join(" "), ...union(ts) })),
          ...annotations.map((t) => ({ t: t.text, ...textBox(t) })),
        ];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]] as [(typeof boxes)[number], (typeof boxes)[number]];
            const apart = a.x1 <= b.x0 + 0.5 || b.x1 <= a.x0 + 0.5 || a.y1 <= b.y0 + 0.5 || b.y1 <= a.y0 + 0.5;
            expect(apart, `${name} at ${width}: "${a.t}" overlaps "${b.t}"`).toBe(true);
          }
        }
      }
    }
  });

  it("stacks annotations whose rules fall inside each other's labels (and terminates)", () => {
    const annotations = [
      { at: 2021.6, label: "A long first annotation label" },
      { at: 2021.9, label: "Second event" },
      { at: 2022.0, label: "Third event, right after" },
      { at: 2024.9, label: "At the right edge" },
    ];
    for (const width of [320, 768]) {
      const scene = layoutChart({ ...TRADE_SPEC, annotations }, { width, standalone: false });
      const labels = texts(scene.children.filter((p) => p.type === "group" && p.role === "annotations"));
      expect(
        labels
          .map((t) => t.text)
          .join(" ")
          .replace(/\s+/g, " "),
      ).toContain("Second event");
      for (const t of labels) {
        const [x0, x1] = textExtent(t);
        expect(x0).toBeGreaterThanOrEqual(0);
        expect(x1).toBeLessThanOrEqual(width);
      }
    }
  });

  it("labels only each series' last value when marks are too dense, but keeps a mark group for every point", () => {
    const years = Array.from({ length: 30 }, (_, i) => 1995 + i);
    const base = TRADE_SPEC.series[0]?.points[0];
    if (!base) throw new Error("fixture");
    const points = years.map((y) => ({
      ...base,
      id: `d-${y}`,
      period: String(y),
      periodLabel: String(y),
      start: y,
      end: y + 1,
      mid: y + 0.5,
      value: 1e9 + (y - 1995) * 1e8,
    }));
    const dense: ChartSpec = {
      ...TRADE_SPEC,
      xDomain: [1995, 2025],
      annotations: [],
      series: [{ ...TRADE_SPEC.series[0]!, points, segments: [points.map((p) => p.id)] }],
    };
    const scene = layoutChart(dense, { width: 360, standalone: false });
    expect(markGroups(scene.children)).toHaveLength(30);
    const valueLabels = texts(markGroups(scene.children).flatMap((g) => g.children)).filter((t) =>
      t.text.startsWith("$"),
    );
    expect(valueLabels.map((t) => t.text)).toEqual([points.at(-1)?.label]);
  });

  it("is pure: same input, same scene, spec untouched", () => {
    const before = structuredClone(TRADE_SPEC);
    const a = layoutChart(TRADE_SPEC, { width: 600, standalone: true });
    const b = layoutChart(TRADE_SPEC, { width: 600, standalone: true });
    expect(a).toEqual(b);
    expect(TRADE_SPEC).toEqual(before);
  });
});

describe("text measurement", () => {
  it("wraps to the width and breaks words longer than a line", () => {
    const url = "https://example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all";
    const lines = wrapText(`see ${url} for more`, 120, 11);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(120);
    expect(lines.join("").replace(/\s/g, "")).toBe(`see${url}formore`);
  });
});
