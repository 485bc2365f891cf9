// Checks the options of an embed URL before any page renders. A page cannot answer 400, and a bad option
// (theme=purple) must not quietly render something the host did not ask for; valid non-default options are
// rewritten to the per-request variant page so that /embed/<chart> itself stays prerendered.
import { NextResponse, type NextRequest } from "next/server";
import { isDefaultEmbed, parseEmbedOptions } from "@/lib/embed-options";
import { textError } from "@/lib/http";

const EMBED = /^\/embed\/([^/]+)$/;

export function proxy(request: NextRequest): Response {
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

export const config = { matcher: "/embed/:path+" };
