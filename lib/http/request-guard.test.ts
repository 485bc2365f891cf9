import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMS, refuseMethod, refuseRequest } from "./request-guard";

describe("refuseRequest", () => {
  it("lets reads of valid addresses through", () => {
    for (const path of ["/", "/stories/russia-armenia-trade", "/series/%F0%9F%92%A9", "/sources/a%20b"])
      expect(refuseRequest("GET", path)).toBeNull();
    expect(refuseRequest("HEAD", "/")).toBeNull();
  });
  it("refuses writes with 405", () => {
    for (const m of ["POST", "PUT", "DELETE", "PATCH"]) expect(refuseRequest(m, "/")).toMatchObject({ status: 405 });
  });
  it("refuses broken percent-encoding and overlong addresses with 400", () => {
    for (const path of ["/stories/%ff%fe", "/stories/%c3%28", "/x/%", "/x/%zz", "/x/%e2%82"])
      expect(refuseRequest("GET", path)).toMatchObject({ status: 400 });
    expect(refuseRequest("GET", `/${"x".repeat(3000)}`)).toMatchObject({ status: 400 });
  });
});

describe("refuseRequest: queries (issue 14)", () => {
  it("lets ordinary queries through, with room for tracking parameters", () => {
    expect(refuseRequest("GET", "/charts/a.png", "width=800&scale=2&theme=dark")).toBeNull();
    const many = Array.from({ length: MAX_QUERY_PARAMS }, (_, i) => `utm_${i}=x`).join("&");
    expect(refuseRequest("GET", "/embed/a", many)).toBeNull();
  });
  it("refuses more than a few dozen parameters or an overlong query with 400, before parsing", () => {
    const crowded = Array.from({ length: MAX_QUERY_PARAMS + 1 }, (_, i) => `p${i}=1`).join("&");
    expect(refuseRequest("GET", "/", crowded)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/too many/),
    });
    expect(refuseRequest("GET", "/", "&".repeat(40))).toMatchObject({ status: 400 });
    expect(refuseRequest("GET", "/", `q=${"x".repeat(MAX_QUERY_LENGTH)}`)).toMatchObject({ status: 400 });
  });
  it("refuses a query whose percent-encoding is not UTF-8, and lets a literal percent sign through", () => {
    for (const q of ["q=%FF", "title=%C3%28", "q=Gyumri&series=%E2%82"])
      expect(refuseRequest("GET", "/search", q), q).toMatchObject({
        status: 400,
        message: expect.stringMatching(/UTF-8/),
      });
    for (const q of ["q=70%", "q=near-70%25", "q=%D5%80%D5%A1", "q=a+b&t=100%+of", "title=%"])
      expect(refuseRequest("GET", "/search", q), q).toBeNull();
  });
  it("refuses TRACE, TRACK and CONNECT with 405 and an Allow header", () => {
    for (const m of ["TRACE", "TRACK", "CONNECT"])
      expect(refuseMethod(m)).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD, OPTIONS" } });
  });
});
