import "server-only";
// The Atom feed of added and corrected figures (the `feed` library writes the XML), each entry linking to
// the figure in its series' history, with its quote.
import { Feed } from "feed";
import { getLiveState, RETRY_AFTER_S } from "@/db/live-state";
import { textError } from "@/lib/http/text-error";
import { describeChange } from "@/lib/model/figure-change";
import { routes } from "@/lib/site/routes";
import { absoluteUrl, SITE_NAME } from "@/lib/site/site";
import { getFeedChanges } from "./changes";

function unavailable(message: string): Response {
  const response = textError(503, `Service unavailable: ${message}`);
  response.headers.set("Retry-After", String(RETRY_AFTER_S));
  return response;
}

export async function atomFeed(): Promise<Response> {
  const state = await getLiveState();
  if (!state.ok) return unavailable(state.message);
  const changes = await getFeedChanges().catch(() => null);
  if (!changes) return unavailable("The database is unreachable or too slow; try again shortly.");
  const feed = new Feed({
    id: absoluteUrl(routes.changes()),
    title: `${SITE_NAME}: added and corrected figures`,
    link: absoluteUrl(routes.changes()),
    feedLinks: { atom: absoluteUrl(routes.changesFeed()) },
    updated: new Date(changes[0]?.publishedAt ?? state.publishedAt ?? 0),
    copyright: `Figures quoted from the articles named with each; ${SITE_NAME}`,
    generator: SITE_NAME,
  });
  for (const c of changes)
    feed.addItem({
      id: absoluteUrl(routes.seriesChange(c.seriesSlug, c.id)),
      title: `${c.seriesTitle}, ${c.period}: ${describeChange(c, c.unit)}`,
      link: absoluteUrl(routes.seriesChange(c.seriesSlug, c.id)),
      date: new Date(c.publishedAt),
      description: c.newQuote ? `“${c.newQuote}”` : undefined,
    });
  return new Response(feed.atom1(), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "X-Data-Version": state.version,
    },
  });
}
