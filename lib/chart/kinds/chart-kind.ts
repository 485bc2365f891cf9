// The chart kinds. Adding one here without a module in registry.ts, or a module without adding it here,
// fails the type check: see registry.ts and registry.test.ts.
export type ChartKind = "time" | "bars";
