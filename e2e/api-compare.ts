// Raw answers of two servers to the same request, for e2e/api-early.spec.ts: status, headers and the bytes
// as sent (compressed or not), with no client decoding anything.
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

export type RawAnswer = { status: number; headers: Record<string, string>; body: Buffer };

/** Headers that describe the connection or the moment, not the answer. */
const TRANSPORT = new Set(["date", "connection", "keep-alive"]);

export function rawGet(origin: string, path: string, method = "GET", headers: Record<string, string> = {}) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const kept: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (!TRANSPORT.has(k) && v !== undefined) kept[k] = Array.isArray(v) ? v.join("\n") : v;
        resolve({ status: res.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * The body as the client reads it, decoded per its Content-Encoding: the same content compressed in one
 * piece or flushed chunk by chunk (as Next.js streams a route's body) is the same answer in other bytes.
 */
export function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "gzip") return gunzipSync(answer.body);
  if (encoding === "deflate") return inflateSync(answer.body);
  if (encoding === "br") return brotliDecompressSync(answer.body);
  return answer.body;
}
