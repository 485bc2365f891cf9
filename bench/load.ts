// Bounded load from autocannon: every run has a fixed duration and connection count and targets the
// benchmark's own server on 127.0.0.1, so it always stops by itself and sends nothing off the machine.
import autocannon from "autocannon";
import { request } from "node:http";

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

export type LoadOptions = {
  origin: string;
  paths: string[];
  seconds: number;
  connections: number;
  /** Called with each response's path and status; autocannon then reads bodies, so leave it out for speed runs. */
  onStatus?: (path: string, status: number) => void;
};

function assertLoopback(origin: string): void {
  if (new URL(origin).hostname !== "127.0.0.1") throw new Error(`load runs target 127.0.0.1 only, not ${origin}`);
}

export async function load(opts: LoadOptions): Promise<LoadResult> {
  assertLoopback(opts.origin);
  const { onStatus } = opts;
  const requests = opts.paths.map((path) => ({
    method: "GET" as const,
    path,
    ...(onStatus ? { onResponse: (status: number) => onStatus(path, status) } : {}),
  }));
  const result = await autocannon({
    url: opts.origin,
    connections: opts.connections,
    duration: opts.seconds,
    // autocannon sends no Accept-Encoding, so bodies come uncompressed: runs measure the route, not gzip.
    requests,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** The body a path sends without compression, byte for byte what a load run receives. */
export function fetchIdentity(origin: string, path: string): Promise<{ status: number; body: Buffer; type: string }> {
  assertLoopback(origin);
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers: { "accept-encoding": "identity" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), type: res.headers["content-type"] ?? "" }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
