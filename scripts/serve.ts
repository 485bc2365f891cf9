// Serves the built app like `next start`, behind guards Next.js has no hook for (issue 14): methods
// a fetch Request cannot carry (TRACE: 405 + Allow instead of a 500 and a stack trace) and socket time
// bounds against slow clients (lib/http/socket-guard.ts). And the replica's side of living data (issue
// 12): cached pages follow the loaded data version (version-sync.ts), and pages are answered as the
// database allows (page-guard.ts: 503 + Retry-After instead of a 500, no year-long shared caching).
// And the data API's GET and HEAD are answered before Next.js (server/api/answer-early.ts, issue 10 §4).
import "./dotenv-init";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import next from "next";
import { peekLiveState } from "@/db/live-state";
import { firstReplicaSync } from "@/db/replica";
import { answerChartFileEarly } from "@/lib/http/cached-chart-file";
import { answerEmbedEarly } from "@/lib/http/cached-embed";
import { REVALIDATE_PATH } from "@/lib/http/revalidate";
import { boundSockets, refuseAtSocket } from "@/lib/http/socket-guard";
import { guardPage } from "./page-guard";
import { withPageStatus } from "./page-status";
import { markRunning } from "./running-servers";
import { prepareVersionSync, startVersionSync } from "./version-sync";

/**
 * Server modules loaded in this process as they are in Next.js's bundle (the API's front door, the
 * explorer embed's status). They say `import "server-only"`, which throws outside React's server
 * environment: this process is a server, so for that one package it resolves as Next.js resolves it for
 * the server (the "react-server" condition: an empty module). Nothing else is resolved differently.
 */
function allowServerModules(): void {
  const hook = `export function resolve(s, c, next) {
    return next(s, s === "server-only" ? { ...c, conditions: [...c.conditions, "react-server"] } : c);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/** The API's fast path; API_VIA_NEXT=1 sends the API through Next.js as before (bench/api-served.ts). */
async function loadApiFastPath(): Promise<(req: IncomingMessage, res: ServerResponse) => boolean> {
  if (process.env.API_VIA_NEXT === "1") return () => false;
  return (await import("@/server/api/answer-early")).answerApiEarly;
}

/** The data version this server answers for, or null while the database is not known to be up. */
function servedVersion(): string | null {
  const state = peekLiveState();
  return state.ok ? state.version : null;
}

export async function serve(port: number, hostname?: string): Promise<void> {
  // As `next start` sets it; the type says read-only because bundlers inline it, which scripts are not.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  prepareVersionSync();
  await firstReplicaSync(console.log);
  // Next.js builds the proxy's request URL on "localhost" whatever the listening address, and treats a
  // rewrite to another host as external: given the same name, a rewrite stays inside this server.
  const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  allowServerModules();
  const answerApiEarly = await loadApiFastPath();
  const { exploreEmbedStatus } = await import("@/server/explore-page");
  await app.prepare();
  let synced = false;
  let onSynced: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onSynced = resolve));
  // Timeouts are enforced by a sweep: every 2 s instead of Node.js's 30 s, so a slow client is cut off
  // close to headersTimeout.
  const server = createServer({ connectionsCheckingInterval: 2000 }, (req, res) => {
    if (refuseAtSocket(req, res)) return;
    const toNext = () => {
      guardPage(res);
      // Until the first sync, only the sync's own call gets through: no page of an earlier run is served.
      if (synced || req.url?.startsWith(REVALIDATE_PATH)) return void handle(req, res);
      void ready.then(() => handle(req, res));
    };
    // Chart files already made (or being made), embed pages already made and the data API are
    // answered without Next.js (lib/http/cached-chart-file.ts, cached-embed.ts, server/api/answer-early.ts).
    if (!synced) return toNext();
    if (answerApiEarly(req, res)) return;
    const version = servedVersion();
    if (!answerChartFileEarly(req, res, version, toNext) && !answerEmbedEarly(req, res, version))
      withPageStatus(req, res, exploreEmbedStatus, toNext);
  });
  boundSockets(server);
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  markRunning();
  const loopback = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  await startVersionSync(`http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${port}`);
  synced = true;
  onSynced();
  console.log(`Serving on http://${hostname ?? "localhost"}:${port}`);
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

// Run directly (the benchmarks do: node --import tsx scripts/serve.ts) it serves the existing build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await serve(Number(process.env.PORT ?? "3000"), process.env.SERVE_HOST || undefined);
