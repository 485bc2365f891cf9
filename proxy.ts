// Runs before routing. Every request: this read-only dashboard refuses write methods (405), addresses
// whose percent-encoding is not UTF-8 (400; Next.js would answer 500) and overlong or crowded queries (400). Embeds: a page cannot answer 400,
// and a bad option (theme=purple) must not quietly render something the host did not ask for; valid
// non-default options are rewritten to a prerendered variant page (app/embed/[chart]/variant/[options]).
import { NextResponse, type NextRequest } from "next/server";
import { isDefaultEmbed, parseEmbedOptions } from "@/lib/embed/embed-options";
import { textError } from "@/lib/http/text-error";
import { refuseRequest } from "@/lib/http/request-guard";
import { variantSegment } from "@/lib/embed/embed-variant";
import { parseEmbedVersion, sinceSegment } from "@/lib/embed/embed-since";
import { problemResponse } from "@/lib/api/problem";
import { isUnknownPage } from "@/server/known-pages";

const EMBED = /^\/embed\/([^/]+)$/;
// The font subsets an embed links to (app/embed/fonts): no options, the route checks the name.
const EMBED_FONT = /^\/embed\/fonts\/[^/]+\.woff2$/;
// No route matches it, so Next.js answers its prerendered, server-rendered 404 page (server/known-pages.ts).
const NOT_FOUND_PATH = "/_unknown/page";

function notFoundPage(request: NextRequest): Response {
  const target = request.nextUrl.clone();
  target.pathname = NOT_FOUND_PATH;
  target.search = "";
  return NextResponse.rewrite(target);
}

async function embed(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  if (EMBED_FONT.test(pathname)) return NextResponse.next();
  const match = EMBED.exec(pathname);
  // /embed/<chart>/variant is reached by rewrite only; a second address for the same embed would be a leak.
  if (!match) return textError(404, "Not found: embeds are /embed/<chart>");
  const options = parseEmbedOptions(searchParams);
  if (!options.ok) return textError(400, `Bad embed option: ${options.message}`);
  // The data version the embed code was made from (issue 12): a variant page per version says what changed.
  const since = parseEmbedVersion(searchParams);
  if (!since.ok) return textError(400, `Bad embed option: ${since.message}`);
  if (await isUnknownPage(pathname)) return notFoundPage(request);
  // A fixed height alone is still the default page: its height script applies the height.
  if (!since.value && isDefaultEmbed({ ...options.value, height: null })) return NextResponse.next();
  const target = request.nextUrl.clone();
  const segment = since.value ? sinceSegment(options.value, since.value) : variantSegment(options.value);
  target.pathname = `/embed/${match[1]}/variant/${segment}`;
  return NextResponse.rewrite(target);
}

export async function proxy(request: NextRequest): Promise<Response | undefined> {
  const url = new URL(request.url);
  const refusal = refuseRequest(request.method, url.pathname, url.search.slice(1));
  if (refusal) {
    // The data API answers its refusals as RFC 9457 problem+json, like every other API error (issue 10).
    if (request.nextUrl.pathname.startsWith("/api/")) return problemResponse(refusal.status, refusal.message);
    const response = textError(refusal.status, refusal.message);
    for (const [k, v] of Object.entries(refusal.headers ?? {})) response.headers.set(k, v);
    return response;
  }
  if (request.nextUrl.pathname.startsWith("/embed/")) return embed(request);
  if (await isUnknownPage(request.nextUrl.pathname, request.nextUrl.searchParams)) return notFoundPage(request);
  return undefined;
}

export const config = {
  // /_next/image is matched too: the image optimizer is off (next.config.ts), and a crowded query there
  // is refused like anywhere else.
  matcher: ["/((?!_next/static|favicon.ico).*)"],
};
