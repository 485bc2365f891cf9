// Applies lib/http/page-response.ts to a Node.js response as Next.js writes it: the decision is taken when
// the head goes out (writeHead, explicit or implied by the first write), the one moment status and
// headers are known and can still change.
import type { ServerResponse } from "node:http";
import { peekLiveState, RETRY_AFTER_S } from "@/db/live-state";
import { decideHead } from "@/lib/http/page-response";

type WriteHead = ServerResponse["writeHead"];

export function guardPage(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let replaced = false;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === "object" && r !== null) as Record<string, string> | undefined;
    for (const [k, v] of Object.entries(headers ?? {})) res.setHeader(k, v);
    const state = peekLiveState();
    const decision = decideHead(
      status,
      String(res.getHeader("content-type") ?? ""),
      String(res.getHeader("cache-control") ?? ""),
      state.ok ? { ok: true } : { ok: false, message: state.message },
      RETRY_AFTER_S,
    );
    if (decision.kind === "keep") {
      for (const [k, v] of Object.entries(decision.setHeaders)) res.setHeader(k, v);
      return writeHead(status);
    }
    // Next.js's own body (the error page) is dropped: what it writes from here on goes nowhere.
    replaced = true;
    // The security headers stay; what described Next.js's body goes.
    for (const name of ["content-type", "content-length", "content-encoding", "cache-control", "etag", "vary", "link"])
      res.removeHeader(name);
    writeHead(decision.status, decision.headers);
    end(decision.body);
    return res;
  }) as WriteHead;
  res.write = ((...args: Parameters<ServerResponse["write"]>) => {
    if (replaced) return true;
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!replaced) return (end as (...a: unknown[]) => ServerResponse)(...args);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    callback?.();
    return res;
  }) as ServerResponse["end"];
}
