import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartFileEtag } from "../chart/file-headers";
import { parseChartRequest } from "../chart/request";
import { buildId, readBuildId } from "./build-id";

function root(id?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "build-id-"));
  if (id !== undefined) {
    mkdirSync(join(dir, ".next"));
    writeFileSync(join(dir, ".next", "BUILD_ID"), id);
  }
  return dir;
}

describe("build id", () => {
  it("reads Next.js's BUILD_ID, and says dev where there is no build or it is not a plain token", () => {
    expect(readBuildId(root("K3vD_x-9.a\n"))).toBe("K3vD_x-9.a");
    expect(readBuildId(root())).toBe("dev");
    expect(readBuildId(root('a"b'))).toBe("dev");
  });

  it("is part of a chart file's ETag, so another build's bytes never match", () => {
    const req = parseChartRequest("russia-armenia-trade.png", new URLSearchParams());
    if (!req.ok) throw new Error(req.message);
    expect(chartFileEtag(req.value, "v1")).toMatch(new RegExp(`^"${buildId()}-v1-`));
  });
});
