// Runs before routing. Every request: this read-only dashboard refuses write methods (405) and addresses
// whose percent-encoding is not UTF-8 (400; Next.js would answer 500). Embeds: a page cannot answer 400,
// and a bad option (theme=purple) must not quietly render something the host did not ask for; valid
// non-default options are rewritten to the per-request variant page so /embed/<chart> stays prerendered.
import { NextResponse, type NextRequest } from "next/server";
import { isDefaultEmbed, parseEmbedOptions } from "@/lib/embed/embed-options";
import { textError } from "@/lib/http/text-error";
import { refuseRequest } from "@/lib/http/request-guard";
import { problemResponse } from "@/lib/api/problem";

const EMBED = /^\/embed\/([^/]+)$/;

function embed(request: NextRequest): Response {
  const { pathname, searchParams } = request.nextUrl;
  const match = EMBED.exec(pathname);
  // /embed/<chart>/variant is reached by rewrite only; a second address for the same embed would be a leak.
  if (!match) return textError(404, "Not found: embeds are /embed/<chart>");
  const options = parseEmbedOptions(searchParams);
  if (!options.ok) return textError(400, `Bad embed option: ${options.message}`);
  if (isDefaultEmbed(options.value)) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/embed/${match[1]}/variant`;
  return NextResponse.rewrite(target);
}

export function proxy(request: NextRequest): Response | undefined {
  const refusal = refuseRequest(request.method, new URL(request.url).pathname);
  if (refusal) {
    // The data API answers its refusals as RFC 9457 problem+json, like every other API error (issue 10).
    if (request.nextUrl.pathname.startsWith("/api/")) return problemResponse(refusal.status, refusal.message);
    const response = textError(refusal.status, refusal.message);
    for (const [k, v] of Object.entries(refusal.headers ?? {})) response.headers.set(k, v);
    return response;
  }
  if (request.nextUrl.pathname.startsWith("/embed/")) return embed(request);
  return undefined;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
