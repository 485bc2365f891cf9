import type { NextRequest } from "next/server";
import { refuseRequest } from "./lib/request-guard";

export function proxy(request: NextRequest) {
  const rawPath = new URL(request.url).pathname;
  const refusal = refuseRequest(request.method, rawPath);
  if (!refusal) return;
  return new Response(`${refusal.message}\n`, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...refusal.headers },
  });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
