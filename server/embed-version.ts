import "server-only";
// The data version an embed page was made from (issue 14), so the route can store the page for the
// server's fast path (lib/http/cached-embed.ts) under the version the fast path looks it up by: the one
// the replica serves (db/live-state.ts). A page is stored only when the database held that version before
// and after the page's reads; a publish landing meanwhile, or a database that cannot say, stores nothing.
import { getLiveState } from "@/db/live-state";
import { readLoadedState } from "@/db/queries/loaded-state";

/** The served version as an embed page's reads start; null while the database is not known to be up. */
export async function embedReadStart(): Promise<string | null> {
  const state = await getLiveState();
  return state.ok ? state.version : null;
}

/** `start` if the database still holds it now that the page's reads are done, else null. */
export async function embedReadVersion(start: string | null): Promise<string | null> {
  if (!start) return null;
  const after = await readLoadedState().catch(() => null);
  return after?.ok && after.version === start ? start : null;
}
