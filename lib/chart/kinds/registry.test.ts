import { describe, expect, it } from "vitest";
import type { ChartKind } from "./chart-kind";
import type { ChartKindModule } from "./kind-module";
import { CHART_KIND_MODULES } from "./registry";

// These declarations are checked by `tsc` (part of `npm test`): each @ts-expect-error must find an error,
// so a kind can never be registered half-way.
// @ts-expect-error a module without its layout and legend is not a chart kind
const halfModule: ChartKindModule = { segments: () => [], autoNotes: () => [], interactive: false };

// @ts-expect-error a registry missing a kind of the union does not type-check
const missingKind: { readonly [K in ChartKind]: ChartKindModule } = { time: CHART_KIND_MODULES.time };

const extraKind: { readonly [K in ChartKind]: ChartKindModule } = {
  ...CHART_KIND_MODULES,
  // @ts-expect-error a module for a kind outside the union cannot be registered
  fake: CHART_KIND_MODULES.time,
};

describe("chart kind registry", () => {
  it("has a complete module for every kind", () => {
    for (const [kind, m] of Object.entries(CHART_KIND_MODULES)) {
      expect(typeof m.layout, kind).toBe("function");
      expect(typeof m.legendItems, kind).toBe("function");
      expect(typeof m.segments, kind).toBe("function");
      expect(typeof m.autoNotes, kind).toBe("function");
    }
    expect([halfModule, missingKind, extraKind].length).toBe(3);
  });
});
