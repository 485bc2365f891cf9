import { describe, expect, it } from "vitest";
import { takesApiEarly } from "./api-early";

describe("takesApiEarly", () => {
  it("takes GET and HEAD of API addresses, queries and percent-escapes included", () => {
    for (const url of [
      "/api/v1",
      "/api/v1?x=1",
      "/api/v1/series",
      "/api/v1/series/s-1",
      "/api/v1/series/s-1.csv",
      "/api/v1/observations?series=a,b&from=2020&to=2021",
      "/api/v1/search?q=%22did%20not%20exceed%22",
      "/api/v1/series/%C3%A9",
      "/api/v1/nope/deeper",
    ])
      for (const method of ["GET", "HEAD"]) expect(takesApiEarly(method, url), `${method} ${url}`).toBe(true);
  });

  it("leaves to Next.js other methods, other paths and addresses Next.js redirects, normalises or refuses", () => {
    const left: [string, string][] = [
      ["OPTIONS", "/api/v1/series"],
      ["POST", "/api/v1/series"],
      ["TRACE", "/api/v1/series"],
      ["GET", "/api/v1x"],
      ["GET", "/api/v2/series"],
      ["GET", "/api"],
      ["GET", "/api/v1/"],
      ["GET", "/api/v1/series/"],
      ["GET", "/api/v1//series"],
      ["GET", "/api/v1/./series"],
      ["GET", "/api/v1/series/.."],
      ["GET", "/api/v1/series/%2e%2e"],
      ["GET", "/api/v1/series/a%2Fb"],
      ["GET", "/api/v1/series/a%5cb"],
      ["GET", "/api/v1/series/%C3%28"],
      ["GET", "/api/v1/series/a b"],
      ["GET", `/api/v1/series?${"x=1&".repeat(40)}`],
      ["GET", `/api/v1/series?q=${"x".repeat(3000)}`],
      ["GET", "/series/s-1"],
      ["GET", "/charts/x.svg"],
    ];
    for (const [method, url] of left) expect(takesApiEarly(method, url), `${method} ${url}`).toBe(false);
  });
});
