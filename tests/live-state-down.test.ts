// A replica that found its database down answers so at once: readers do not each wait out the re-check
// against a server that holds requests (issue 12: a page behind a slow libSQL server took two budgets,
// ~11 s, to answer 503). Deterministic: the fake server holds requests until the test lets them go.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";

const held: ServerResponse[] = [];
let mode: "fail" | "hold" = "fail";
const server = createServer((req, res) => {
  req.resume();
  if (mode === "fail") return void res.writeHead(500).end("down");
  held.push(res);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

afterAll(() => {
  for (const res of held) res.destroy();
  server.close();
});

async function liveStateFor(url: string) {
  for (const key of ["dashboardDb", "dashboardCheckDb", "dashboardLiveState", "dashboardDbHealth", "dashboardEnv"])
    delete (globalThis as Record<string, unknown>)[key];
  Object.assign(process.env, { DATABASE_URL: url, DATA_BUDGET_MS: "60000", DATA_POLL_MS: "100" });
  vi.resetModules();
  return import("@/db/live-state");
}

describe("live state while the database is down", () => {
  it("answers the last state at once while a re-check is held by a slow server", async () => {
    const { getLiveState } = await liveStateFor(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const first = await getLiveState();
    expect(first).toMatchObject({ ok: false, kind: "unreachable" });

    mode = "hold";
    await new Promise((resolve) => setTimeout(resolve, 150)); // past DATA_POLL_MS: the state is due a check
    const second = await getLiveState();
    // The re-check goes out and is held by the server (answered only by afterAll), yet the answer came.
    await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
    expect(second).toMatchObject({ ok: false, kind: "unreachable" });
  });

  it("waits for the very first check: nothing is known before it", async () => {
    mode = "hold";
    const before = held.length;
    const { getLiveState } = await liveStateFor(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    let settled = false;
    void getLiveState().then(() => (settled = true));
    await vi.waitFor(() => expect(held.length).toBeGreaterThan(before));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    held.at(-1)?.writeHead(500).end("down");
    await vi.waitFor(() => expect(settled).toBe(true));
  });
});
