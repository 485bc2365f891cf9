import { describe, expect, it } from "vitest";
import { evaluateFormula, formulaInputs } from "./formula";

const values: Record<string, number> = { "a/2021": 2.5e9, "g/2022": 70 };
const lookup = (id: string) => values[id];

describe("formulas of derived figures", () => {
  it("computes with references, precedence and parentheses", () => {
    expect(evaluateFormula("{a/2021} * (1 + {g/2022} / 100)", lookup)).toBeCloseTo(4.25e9);
    expect(evaluateFormula("10 - 2 - 3", lookup)).toBe(5);
    expect(evaluateFormula("2 + 3 * 4", lookup)).toBe(14);
    expect(evaluateFormula("-{g/2022} + 100", lookup)).toBe(30);
    expect(evaluateFormula("12.4 / 2.5", lookup)).toBeCloseTo(4.96);
  });
  it("lists its inputs once each", () => {
    expect(formulaInputs("{a/2021} * {a/2021} + { g/2022 }")).toEqual(["a/2021", "g/2022"]);
  });
  it("rejects bad syntax and unknown references", () => {
    expect(() => evaluateFormula("{missing} * 2", lookup)).toThrow("unknown observation {missing}");
    expect(() => evaluateFormula("(1 + 2", lookup)).toThrow("missing ')'");
    expect(() => evaluateFormula("1 +", lookup)).toThrow("ends too early");
    expect(() => evaluateFormula("process.exit()", lookup)).toThrow("unexpected character");
    expect(() => evaluateFormula("1 2", lookup)).toThrow("unexpected text");
  });
});
