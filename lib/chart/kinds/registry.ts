// Every chart kind's module, by kind. The mapped type makes the registry complete: a kind in the union
// without a module, a module for a kind outside it, or a module missing part of the contract fails tsc.
import { barsChart } from "./bars";
import type { ChartKind } from "./chart-kind";
import type { ChartKindModule } from "./kind-module";
import { timeChart } from "./time";

export const CHART_KIND_MODULES: { readonly [K in ChartKind]: ChartKindModule } = {
  time: timeChart,
  bars: barsChart,
};

export function chartKind(kind: ChartKind): ChartKindModule {
  return CHART_KIND_MODULES[kind];
}
