// Which representation a request asks for: a ".csv" suffix wins, then the Accept header (RFC 9110 q-values).
import { ApiProblem } from "./problem";

export type ApiFormat = "json" | "csv";

const TYPES: Record<string, ApiFormat> = {
  "application/json": "json",
  "application/problem+json": "json",
  "application/*": "json",
  "*/*": "json",
  "text/csv": "csv",
  "text/*": "csv",
};

export function negotiate(accept: string | null, suffix: ApiFormat | null): ApiFormat {
  if (suffix) return suffix;
  if (!accept || !accept.trim()) return "json";
  const ranges = accept
    .slice(0, 1000)
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { type, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.weight > 0 && r.type in TYPES)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const best = ranges[0];
  if (!best)
    throw new ApiProblem(406, "this API serves application/json and text/csv; the Accept header allows neither");
  return TYPES[best.type] ?? "json";
}
