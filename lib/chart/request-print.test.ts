import { describe, expect, it } from "vitest";
import { parseChartRequest } from "./request";

const q = (s: string) => new URLSearchParams(s);

describe("print sizes in chart requests", () => {
  it("reads a physical width and dpi for a PNG, laying out at the width in CSS px", () => {
    const r = parseChartRequest("a.png", q("width=16cm&dpi=300"));
    expect(r).toMatchObject({ ok: true, value: { format: "png", width: 605, print: { dpi: 300, page: "figure" } } });
    if (r.ok) expect(r.value.print?.widthIn).toBeCloseTo(16 / 2.54, 6);
  });

  it.each([
    ["width=6.3in", 6.3],
    ["width=160mm", 160 / 25.4],
    ["width=16CM", 16 / 2.54],
  ])("accepts %s", (search, inches) => {
    const r = parseChartRequest("a.png", q(search));
    expect(r.ok && r.value.print?.widthIn).toBeCloseTo(inches, 6);
    expect(r.ok && r.value.print?.dpi).toBe(300);
  });

  it("gives every PDF a print size, 16 cm by default, and a page", () => {
    expect(parseChartRequest("a.pdf", q(""))).toMatchObject({
      ok: true,
      value: { width: 605, print: { page: "figure" } },
    });
    expect(parseChartRequest("a.pdf", q("width=6in&page=a4"))).toMatchObject({
      ok: true,
      value: { width: 576, print: { widthIn: 6, page: "a4", dpi: 0 } },
    });
  });

  it("leaves pixel requests as they were", () => {
    expect(parseChartRequest("a.png", q("width=640&scale=2"))).toEqual({
      ok: true,
      value: { chartId: "a", format: "png", width: 640, scale: 2, theme: "light" },
    });
    expect(parseChartRequest("a.svg", q("width=640px"))).toMatchObject({ ok: true, value: { width: 640 } });
  });

  it.each([
    ["a.png", "width=0cm", "width must be at least 7.5cm (2.95in)"],
    ["a.png", "width=-16cm", "width must be at least 7.5cm (2.95in)"],
    ["a.png", "width=5000cm", "width must be at most 60cm (23.6in)"],
    ["a.png", "width=1e9in", "width must be at most 60cm (23.6in)"],
    ["a.png", "width=16furlong", "unknown unit furlong in width: use px, cm, mm or in"],
    ["a.png", "width=16cm&dpi=0", "dpi must be at least 72"],
    ["a.png", "width=16cm&dpi=-300", "dpi must be at least 72"],
    ["a.png", "width=16cm&dpi=1000000000", "dpi must be at most 600"],
    ["a.png", "width=16cm&dpi=abc", "dpi must be a whole number"],
    ["a.png", "width=60cm&dpi=600", "width × dpi must be at most 8000 pixels (asked 14173)"],
    ["a.png", "dpi=300", "dpi needs a width in cm, mm or in (e.g. width=16cm&dpi=300)"],
    ["a.png", "width=16cm&scale=2", "scale does not apply to a physical width: use dpi"],
    ["a.svg", "width=16cm&dpi=300", "dpi applies to PNG only"],
    ["a.pdf", "width=800", "a PDF's width is physical: give it in cm, mm or in (e.g. width=16cm)"],
    ["a.pdf", "page=a3", "page must be figure, a4 or letter"],
    ["a.png", "page=a4", "page applies to PDF only"],
    ["a.pdf", "width=16cm&width=17cm", "a parameter is given more than once"],
    ["a.pdf", "colour=red", "unknown parameter: use width, scale, theme, dpi, page or text"],
  ])("%s?%s is a 400: %s", (file, search, message) => {
    expect(parseChartRequest(file, q(search))).toEqual({ ok: false, status: 400, message });
  });
});
