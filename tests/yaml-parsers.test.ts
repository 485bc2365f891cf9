// The loader parses with js-yaml for speed and falls back to `yaml` for its error messages: on every file
// of data/ and of the test fixture both must give the same values, or a load would depend on the parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseYaml } from "@/db/dataset-files";
import { validFixture, writeDataset } from "./dataset-fixture";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const DATA = fileURLToPath(new URL("../data", import.meta.url));

describe("the two YAML parsers", () => {
  it.each([...yamlFiles(DATA), ...yamlFiles(writeDataset(validFixture()))])("agree on %s", (file) => {
    const text = readFileSync(file, "utf8");
    expect(load(text)).toEqual(parse(text));
  });

  it("agree on the scalars YAML 1.1 and 1.2 read differently", () => {
    const text = "a: yes\nb: no\nc: on\nd: 0777\ne: 2024-01-01\nf: 1_000\ng: .5\nh: ~\ni: 0x1F\n";
    expect(load(text)).toEqual(parse(text));
  });

  it("falls back to yaml for a file js-yaml refuses, whose error names the line", () => {
    expect(() => parseYaml("a: 1\n  b: [\n")).toThrow(/line/i);
  });
});
