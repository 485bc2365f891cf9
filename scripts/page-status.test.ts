import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { withPageStatus } from "./page-status";

/** A response whose writeHead records the status it was given. */
function response() {
  const heads: number[] = [];
  const res = { writeHead: (code: number) => (heads.push(code), res) } as unknown as ServerResponse;
  return { res, heads };
}
const request = (url: string, method = "GET") => ({ url, method }) as IncomingMessage;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("statuses set on pages", () => {
  it("passes any other target straight on, malformed ones included, without asking", () => {
    for (const url of ["//", "/\\", "//x:99999/", "/explore", "/explore/embedded", "/explore/embed/x", "/"]) {
      const statusOf = vi.fn(async () => 404);
      const next = vi.fn();
      withPageStatus(request(url), response().res, statusOf, next);
      expect(next, url).toHaveBeenCalledOnce();
      expect(statusOf, url).not.toHaveBeenCalled();
    }
  });

  it("gives an embed that cannot be drawn its status, and keeps Next.js's other statuses", async () => {
    const { res, heads } = response();
    const next = vi.fn();
    withPageStatus(request("/explore/embed?series=nope"), res, async (q) => (q === "?series=nope" ? 404 : null), next);
    await settle();
    expect(next).toHaveBeenCalledOnce();
    res.writeHead(200);
    res.writeHead(503);
    expect(heads).toEqual([404, 503]);
  });

  it("leaves a drawable embed at 200, and answers as before when the check fails", async () => {
    for (const statusOf of [async () => null, async () => Promise.reject(new Error("down"))]) {
      const { res, heads } = response();
      const next = vi.fn();
      withPageStatus(request("/explore/embed?series=a"), res, statusOf, next);
      await settle();
      expect(next).toHaveBeenCalledOnce();
      res.writeHead(200);
      expect(heads).toEqual([200]);
    }
  });

  it("asks nothing for other methods", () => {
    const statusOf = vi.fn(async () => 400);
    const next = vi.fn();
    withPageStatus(request("/explore/embed?x", "POST"), response().res, statusOf, next);
    expect(statusOf).not.toHaveBeenCalled();
    expect(next).toHaveBeenCalledOnce();
  });
});
