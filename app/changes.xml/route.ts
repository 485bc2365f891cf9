import { atomFeed } from "@/server/changes-feed";

// Per request: the feed follows the replica's data version, and says 503 when the database is down.
export const dynamic = "force-dynamic";

/** GET /changes.xml: added and corrected figures as an Atom feed, each entry linking to its figure. */
export function GET() {
  return atomFeed();
}
