// A request and a response for the HTTP server's fast paths (lib/http/cached-*.ts), without a socket:
// the response records what the fast path wrote.
import type { IncomingMessage, ServerResponse } from "node:http";

export type FakeAnswer = {
  status: number;
  headers: Record<string, string | number>;
  body: unknown;
  ended: boolean;
};

export function fakeExchange(url: string, extra: { method?: string; headers?: object } = {}) {
  const req = { url, method: extra.method ?? "GET", headers: extra.headers ?? {} } as unknown as IncomingMessage;
  const answer: FakeAnswer = { status: 0, headers: {}, body: undefined, ended: false };
  const res = {
    destroyed: false,
    writeHead(status: number, headers: Record<string, string | number>) {
      answer.status = status;
      answer.headers = headers;
    },
    end(body?: unknown) {
      answer.body = body;
      answer.ended = true;
    },
  } as unknown as ServerResponse;
  return { req, res, answer };
}
