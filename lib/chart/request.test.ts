import { describe, expect, it } from "vitest";
import { chartFileKey } from "./file-key";
import { parseChartRequest } from "./request";

const q = (s: string) => new URLSearchParams(s);

describe("chart file requests", () => {
  it("reads the chart, format and bounded options", () => {
    expect(parseChartRequest("russia-armenia-trade.png", q("width=640&scale=2&theme=dark"))).toEqual({
      ok: true,
      value: { chartId: "russia-armenia-trade", format: "png", width: 640, scale: 2, theme: "dark" },
    });
    expect(parseChartRequest("series-x.svg", q(""))).toMatchObject({
      ok: true,
      value: { width: 800, scale: 1, theme: "light" },
    });
  });

  it.each([
    ["width=0", "width must be at least 320"],
    ["width=1000000000", "width must be at most 2400"],
    ["width=12.5", "width must be a whole number of pixels"],
    ["width=0x320", "width must be a whole number of pixels"],
    ["width=1e3", "width must be a whole number of pixels"],
    ["width=%20800", "width must be a whole number of pixels"],
    ["scale=abc", "scale must be 1, 2 or 3"],
    ["scale=10", "scale must be 1, 2 or 3"],
    ["scale=1.5", "scale must be 1, 2 or 3"],
    ["scale=2.0", "scale must be 1, 2 or 3"],
    ["theme=purple", "theme must be light or dark"],
    ["width=400&width=500", "a parameter is given more than once"],
    ["colour=red", "unknown parameter: use width, scale, theme, dpi, page or text"],
    ["width=2400&scale=3", "width × scale must be at most 4800 pixels"],
  ])("rejects %s with a short reason", (search, message) => {
    expect(parseChartRequest("a.svg", q(search))).toEqual({ ok: false, status: 400, message });
  });

  it.each(["a.gif", "../etc/passwd.svg", "A.svg", "a.svg.png.exe", ".svg", "a b.svg"])("does not find %s", (file) => {
    expect(parseChartRequest(file, q(""))).toMatchObject({ ok: false, status: 404 });
  });
});

describe("bounded variants (issue 14)", () => {
  const width = (search: string) => {
    const parsed = parseChartRequest("a.png", q(search));
    return parsed.ok ? parsed.value.width : parsed.message;
  };

  it("snaps widths down to 80 px steps, so a chart has a few dozen images", () => {
    expect(width("width=800")).toBe(800);
    expect(width("width=879")).toBe(800);
    expect(width("width=321")).toBe(320);
    expect(width("width=2399")).toBe(2320);
    const widths = new Set(Array.from({ length: 2400 - 320 + 1 }, (_, i) => width(`width=${320 + i}`)));
    expect(widths.size).toBe(27);
  });

  it("never echoes a parameter's name or value into the message", () => {
    for (const search of ["<script>=1", "evilname=1", "evilname=1&evilname=2", "width=<b>x</b>", "theme=evilvalue"]) {
      const parsed = parseChartRequest("a.png", q(search));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).not.toMatch(/script|evil|<b>/);
    }
  });

  it("checks duplicates in linear time: 5,000 distinct names are one pass", () => {
    const many = new URLSearchParams(Array.from({ length: 5000 }, (_, i) => [`p${i}`, "1"]));
    expect(parseChartRequest("a.png", many)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("chartFileKey", () => {
  const key = (file: string, search: string) => {
    const parsed = parseChartRequest(file, q(search));
    if (!parsed.ok) throw new Error(parsed.message);
    return chartFileKey(parsed.value, "v1");
  };

  it("leaves image parameters out of CSV and JSON keys, so downloads cannot evict images", () => {
    for (const file of ["a.csv", "a.json"])
      expect(new Set(["", "width=400", "width=2400&scale=2", "theme=dark"].map((s) => key(file, s))).size).toBe(1);
  });

  it("keys an SVG by width and theme, a PNG by width, scale and theme", () => {
    expect(key("a.svg", "scale=2")).toBe(key("a.svg", "scale=3"));
    expect(key("a.svg", "theme=dark")).not.toBe(key("a.svg", ""));
    expect(key("a.png", "scale=2")).not.toBe(key("a.png", "scale=3"));
    expect(key("a.png", "width=801")).toBe(key("a.png", "width=800"));
    expect(key("a.png", "")).not.toBe(key("a.svg", ""));
  });
});
