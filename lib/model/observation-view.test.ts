import { describe, expect, it } from "vitest";
import { cite, observation, source } from "../../tests/fixtures/model-fixtures";
import { citationsBehind, periodText, valueText, viewObservation } from "./observation-view";

const s = source("s", { author: "A", publication: "P" });
const base = observation("trade/2021", "2021", { value: 2.5e9, citations: [cite(s, "$2.5 billion")] });

describe("viewObservation: one wording of a figure for every reader", () => {
  it("writes bounds as the article gave them, in symbols and in words", () => {
    const max = viewObservation(observation("x/2024", "2024", { value: 4e9, bound: "max" }), "USD");
    expect([max.value, max.valueWords, max.kind, max.period]).toEqual(["≤ $4B", "at most $4B", "upper bound", "2024"]);
    const strict = viewObservation(observation("x/2020", "2020", { value: 90, bound: "min", strict: true }), "percent");
    expect([strict.value, strict.valueWords]).toEqual(["> 90%", "more than 90%"]);
  });

  it("says a period is an interval and writes it with a dash", () => {
    const v = viewObservation(observation("x/2011-2020", "2011/2020", { value: 94 }), "percent");
    expect([v.period, v.isInterval, v.description]).toEqual(["2011–2020", true, "2011–2020: 94%"]);
  });

  it("spells a derived figure's formula in words, never as raw ids, and lists it with the note", () => {
    const d = observation("trade/2022", "2022", {
      value: 4.25e9,
      bound: "approx",
      note: "Implied level.",
      derived: { formula: "{trade/2021} * (1 + 70 / 100)", inputs: [{ observation: base, seriesTitle: "Trade" }] },
    });
    const v = viewObservation(d, "USD");
    expect(v.formula).toBe("[Trade, 2021] × (1 + 70 ÷ 100)");
    expect(v.details).toEqual(["= [Trade, 2021] × (1 + 70 ÷ 100)", "Implied level."]);
    expect(v.kind).toBe("derived, approximate");
    expect(v.description).toBe("2022: approximately $4.25B (derived)");
    expect(citationsBehind(d).map((c) => c.quote)).toEqual(["$2.5 billion"]);
  });

  it("writes a calendar year the article names without a thousands separator", () => {
    expect(viewObservation(observation("t/2010", "2010", { value: 2044 }), "year").value).toBe("2044");
  });

  it("gives counts their unit's words", () => {
    expect(viewObservation(observation("p/2023", "2023", { value: 3000 }), "people").value).toBe("3,000 people");
  });

  it("gives the same words through valueText and periodText, which the API writes without the whole view", () => {
    const figures = [
      [observation("a/2024", "2024", { value: 4e9, bound: "max" }), "USD"],
      [observation("b/2020", "2020", { value: 90, bound: "min", strict: true }), "percent"],
      [observation("c/2011-2020", "2011/2020", { value: 2, valueHigh: 3, bound: "approx" }), "USD"],
      [observation("d/2019-2023", "2019/2023", { value: 68.4, precision: 2, periodKind: "uncertain" }), "percent"],
      [observation("e/2024", "2024", { value: 3000, circa: true }), "people"],
      [observation("f/2010", "2010", { value: 2044 }), "year"],
    ] as const;
    for (const [o, unit] of figures) {
      const view = viewObservation(o, unit);
      expect([valueText(o, unit), periodText(o)]).toEqual([view.value, view.period]);
    }
  });
});
