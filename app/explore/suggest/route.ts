import type { NextRequest } from "next/server";
import { textError } from "@/lib/http/text-error";
import { UNIT_INFO } from "@/lib/model/units";
import { TOPIC_INFO } from "@/lib/model/taxonomy";
import { suggest } from "@/server/explore";

/** GET /explore/suggest?q=… → the explorer picker's type-ahead: [{ slug, title, unit, topic }]. */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (q.length > 100) return textError(400, "q must be at most 100 characters");
  const found = await suggest(q);
  const body = found.map((s) => ({
    slug: s.slug,
    title: s.title,
    unit: UNIT_INFO[s.unit].label,
    topic: TOPIC_INFO[s.topic].title,
  }));
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=300" } });
}
