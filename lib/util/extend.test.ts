import { describe, expect, it } from "vitest";
import { extend } from "./extend";

describe("extend", () => {
  it("gives the base's keys then the new ones, in the order spread gives them (the API's bytes and ETags)", () => {
    const base = { id: "a", unit: "USD", value: 1.5 };
    const made = extend(base, { unit: "percent", citations: [] as string[] });
    expect(JSON.stringify(made)).toBe(JSON.stringify({ ...base, unit: "percent", citations: [] }));
    expect(Object.keys(made)).toEqual(["id", "unit", "value", "citations"]);
  });

  it("leaves the base as it was", () => {
    const base = { id: "a", n: 1 };
    extend(base, { n: 2 });
    expect(base).toEqual({ id: "a", n: 1 });
  });
});
