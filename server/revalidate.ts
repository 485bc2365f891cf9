import "server-only";
// The pages are cached (ISR) until the data version changes. Each server's poller (scripts/serve.ts)
// calls this route on loopback when its replica sees a new version, with a secret made for that process
// at start; revalidatePath can only run inside a route handler or server action, hence the round trip.
// Expiry is immediate (no stale-while-revalidate): the next request of each page renders it from the new
// version, so the bound on a publish reaching readers is the poll interval plus one render.
import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { REVALIDATE_HEADER, REVALIDATE_SECRET_ENV } from "@/lib/http/revalidate";
import { textError } from "@/lib/http/text-error";

function authorized(given: string | null): boolean {
  const secret = process.env[REVALIDATE_SECRET_ENV];
  if (!secret || !given) return false;
  const [a, b] = [Buffer.from(secret), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Expires every cached page (all sit under the root layout); 404 without this process's secret. */
export function revalidatePages(request: Request): Response {
  if (!authorized(request.headers.get(REVALIDATE_HEADER))) return textError(404, "Not found");
  revalidatePath("/", "layout");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
