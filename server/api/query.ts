// Turning a request's query string into a validated object, with problem details a developer can act on.
import type { z } from "zod";
import { ApiProblem } from "@/lib/api/problem";

export function parseQuery<T extends z.ZodObject>(schema: T, params: URLSearchParams): z.output<T> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) throw new ApiProblem(400, `query parameter '${clip(key)}' is given more than once`);
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const allowed = Object.keys(schema.shape);
  if (issue?.code === "unrecognized_keys") {
    const takes = allowed.length ? `this endpoint takes: ${allowed.join(", ")}` : "this endpoint takes none";
    throw new ApiProblem(400, `unknown query parameter '${clip(issue.keys[0] ?? "")}'; ${takes}`);
  }
  const name = String(issue?.path[0] ?? "query");
  const what = issue?.code === "invalid_type" && raw[name] === undefined ? "is required" : lower(issue?.message);
  throw new ApiProblem(400, `query parameter '${clip(name)}' ${what}`);
}

function lower(message = "is invalid"): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** Echo at most a short, printable piece of what the client sent. */
export function clip(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}
