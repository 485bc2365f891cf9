// RFC 9457 problem details: every API error is one of these, with a short, specific `detail`.
import type { ProblemJson } from "./schemas";

export type ProblemStatus = 400 | 404 | 405 | 406 | 422 | 503;

const TITLES: Record<ProblemStatus, string> = {
  400: "Bad request",
  404: "Not found",
  405: "Method not allowed",
  406: "Not acceptable",
  422: "Unprocessable content",
  503: "Service unavailable",
};

export const API_METHODS = "GET, HEAD, OPTIONS";

export class ApiProblem extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function problemBody(status: ProblemStatus, detail: string, instance?: string): ProblemJson {
  return { type: "about:blank", title: TITLES[status], status, detail, ...(instance ? { instance } : {}) };
}

/** A problem answer as plain data (status, headers, JSON body): server/api/handle.ts answers with these. */
export function problemAnswer(
  status: ProblemStatus,
  detail: string,
  instance?: string,
): { status: ProblemStatus; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = {
    "Content-Type": "application/problem+json; charset=utf-8",
    "Cache-Control": "no-store",
    "Access-Control-Allow-Origin": "*",
  };
  if (status === 405) headers.Allow = API_METHODS;
  // A 406 answers the request's Accept: another Accept may get the resource.
  if (status === 406) headers.Vary = "Accept";
  if (status === 503) headers["Retry-After"] = "30";
  return { status, headers, body: JSON.stringify(problemBody(status, detail, instance)) };
}

export function problemResponse(status: ProblemStatus, detail: string, instance?: string): Response {
  const answer = problemAnswer(status, detail, instance);
  return new Response(answer.body, { status, headers: answer.headers });
}

/**
 * The closest of `candidates` to a mistyped name, when one is close enough to suggest. A name may be a typo of
 * a candidate's beginning ("ru-am-tarde" for "ru-am-trade-turnover"): that counts one edit more than a typo of
 * the whole. Ties go to the earlier candidate.
 */
export function didYouMean(name: string, candidates: readonly string[]): string | null {
  // A beginning of one or two letters matches too much to be a guess ("a" is the start of half the slugs),
  // and a name is never "close" to one that shares none of its letters' places.
  const prefixes = name.length >= 3;
  const most = Math.min(Math.max(2, Math.floor(name.length / 3)), name.length - 1);
  let best: { c: string; d: number } | null = null;
  for (const c of candidates) {
    const whole = editDistance(name, c);
    const d = prefixes ? Math.min(whole, editDistance(name, c.slice(0, name.length)) + 1) : whole;
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= most ? best.c : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
