// Statuses a page cannot set itself. The explorer's embed (/explore/embed) is a page that says why a
// state cannot be drawn ("there is no series …; did you mean …?"), and Next.js answers a page 200: for a
// reader in a frame the words are what matters, for a link checker or a CMS the status. The server asks
// the same resolution the page renders (server/explore-page.ts) and sets its status on the page's head.
import type { IncomingMessage, ServerResponse } from "node:http";

type StatusOf = (query: string) => Promise<number | null>;

const EMBED = "/explore/embed";

/** Next.js's answer with `status` instead of its 200; any other status it sets is kept. */
function answerWithStatus(res: ServerResponse, status: number): void {
  const writeHead = res.writeHead.bind(res) as (code: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((code: number, ...rest: unknown[]) =>
    writeHead(code === 200 ? status : code, ...rest)) as ServerResponse["writeHead"];
}

/**
 * Hands the request to `next`, first giving an explorer embed that cannot be drawn its 4xx. The request
 * target is read as text: any target reaches here (`//`, `/\`), and a URL parser throws on some of them.
 */
export function withPageStatus(req: IncomingMessage, res: ServerResponse, statusOf: StatusOf, next: () => void) {
  const target = req.url ?? "/";
  const embed = target === EMBED || target.startsWith(`${EMBED}?`);
  if (!embed || (req.method !== "GET" && req.method !== "HEAD")) return next();
  void statusOf(target.slice(EMBED.length))
    .then((status) => status && answerWithStatus(res, status))
    // The database is down or the query odd: the page answers as it would have (503 by the page guard).
    .catch(() => undefined)
    .finally(next);
}
