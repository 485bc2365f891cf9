import { describe, expect, it } from "vitest";
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
    ["scale=abc", "scale must be a number"],
    ["scale=10", "scale must be at most 3"],
    ["theme=purple", "theme must be light or dark"],
    ["width=400&width=500", "parameter width is given more than once"],
    ["colour=red", "unknown parameter colour"],
  ])("rejects %s with a short reason", (search, message) => {
    expect(parseChartRequest("a.svg", q(search))).toEqual({ ok: false, status: 400, message });
  });

  it.each(["a.gif", "../etc/passwd.svg", "A.svg", "a.svg.png.exe", ".svg", "a b.svg"])("does not find %s", (file) => {
    expect(parseChartRequest(file, q(""))).toMatchObject({ ok: false, status: 404 });
  });
});
