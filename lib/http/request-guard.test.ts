import { describe, expect, it } from "vitest";
import { refuseRequest } from "./request-guard";

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
