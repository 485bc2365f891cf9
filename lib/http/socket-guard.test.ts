// The HTTP server's own refusals (scripts/serve.ts), over a Unix socket: raw requests, as a client sends them.
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundSockets, refuseAtSocket } from "./socket-guard";

const socketPath = path.join(mkdtempSync(path.join(tmpdir(), "socket-guard-")), "s.sock");
let server: Server;

beforeAll(async () => {
  server = createServer({ connectionsCheckingInterval: 200 }, (req, res) => {
    if (refuseAtSocket(req, res)) return;
    res.end("app\n");
  });
  boundSockets(server);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let out = "";
    socket.on("data", (d) => (out += d.toString("latin1")));
    socket.on("end", () => resolve(out));
    socket.on("error", reject);
    socket.write(request);
    setTimeout(() => socket.end(), 300);
  });
}

describe("the server's own refusals", () => {
  it.each(["TRACE", "TRACK", "CONNECT", "PROPFIND", "POST", "FOO"])(
    "answers %s with 405, Allow and no echo",
    async (m) => {
      const target = m === "CONNECT" ? "127.0.0.1:1" : "/stories/x";
      const answer = await raw(`${m} ${target} HTTP/1.1\r\nHost: a\r\nX-Secret: zqxmark\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 405 /);
      expect(answer).toMatch(/\r\nAllow: GET, HEAD, OPTIONS\r\n/i);
      expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
      expect(answer).toMatch(/\r\nContent-Security-Policy: [^\r]*sandbox/i);
      expect(answer).not.toContain("zqxmark");
    },
  );

  it("refuses a crowded or overlong query with 400 before the app parses it, without echoing it", async () => {
    const crowded = Array.from({ length: 40 }, (_, i) => `zqxmark${i}=1`).join("&");
    for (const query of [crowded, `zqxmark=${"x".repeat(2100)}`]) {
      const answer = await raw(`GET /stories/x?${query} HTTP/1.1\r\nHost: a\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).not.toContain("zqxmark");
      expect(answer).not.toContain("app\n");
    }
  });

  it("lets reads through to the app", async () => {
    expect(await raw("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")).toMatch(
      /^HTTP\/1\.1 200 [\s\S]*app\n$/,
    );
  });

  it("cuts off a client whose headers are not complete in time, with a 408", async () => {
    server.headersTimeout = 500;
    try {
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(socketPath);
        let out = "";
        socket.on("data", (d) => (out += d.toString("latin1")));
        socket.on("close", () => resolve(out));
        socket.write("GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ");
        const drip = setInterval(() => socket.writable && socket.write("a"), 100);
        socket.on("close", () => clearInterval(drip));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      server.headersTimeout = 10_000;
    }
  });

  it("bounds slow clients: headers within 10 s, requests within 30 s, idle keep-alive 5 s", () => {
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    expect(server.keepAliveTimeout).toBe(5_000);
  });
});
