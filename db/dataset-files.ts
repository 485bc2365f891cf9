// Reads data/ from disk: the YAML files and a version hash of their exact bytes.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { load } from "js-yaml";
import { parse, YAMLParseError } from "yaml";
import type { DataFile } from "@/lib/dataset/validate";

export type Listed = { abs: string; kind: DataFile["kind"] };

/** Every data file in load order: sources, entities, series files, observations files (each sorted). */
export function listFiles(dataDir: string): Listed[] {
  const yamlIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => join(dir, f))
      : [];
  return [
    { abs: join(dataDir, "sources.yaml"), kind: "sources" as const },
    { abs: join(dataDir, "entities.yaml"), kind: "entities" as const },
    ...yamlIn(join(dataDir, "series")).map((abs) => ({ abs, kind: "series" as const })),
    ...yamlIn(join(dataDir, "observations")).map((abs) => ({ abs, kind: "observations" as const })),
  ];
}

/**
 * The version readDataFiles would give, from the files' bytes alone (no parsing, no validation): how
 * `npm start` tells in a second, even at 10^6 figures, whether the embedded database already holds data/.
 */
export function hashDataFiles(dataDir: string, root = join(dataDir, "..")): string {
  const hash = createHash("sha256");
  for (const { abs } of listFiles(dataDir)) {
    if (!existsSync(abs)) continue;
    hash.update(relative(root, abs)).update("\0").update(readFileSync(abs, "utf8")).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * js-yaml (YAML 1.2 core schema, as the `yaml` library reads by default) parses these files 10–15× as
 * fast and with far less garbage (docs/benchmarks.md, "Republishing at scale"). A file it refuses is
 * parsed again by `yaml`, whose errors name the line; tests/yaml-parsers.test.ts checks both agree on data/.
 */
export function parseYaml(text: string): unknown {
  try {
    return load(text) ?? [];
  } catch {
    return parse(text) ?? [];
  }
}

/** A file's own hash: the publish record keeps one per file, so a republish parses only what changed. */
export const fileHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** Parses one data file; a YAML syntax error is returned with file and line, not thrown. */
export function parseDataFile(text: string, path: string, kind: DataFile["kind"]): DataFile | string {
  try {
    return { path, kind, content: parseYaml(text) };
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    return `${path}: ${line ? `line ${line}: ` : ""}YAML syntax: ${(e as Error).message.split("\n")[0]}`;
  }
}

export type ReadResult = { files: DataFile[]; errors: string[]; version: string; hashes: Map<string, string> };

/** Parses every data file; YAML syntax errors are reported with file and line, not thrown. */
export function readDataFiles(dataDir: string, root = join(dataDir, "..")): ReadResult {
  const hash = createHash("sha256");
  const files: DataFile[] = [];
  const errors: string[] = [];
  const hashes = new Map<string, string>();
  for (const { abs, kind } of listFiles(dataDir)) {
    const path = relative(root, abs);
    if (!existsSync(abs)) {
      errors.push(`${path}: file is missing`);
      continue;
    }
    const text = readFileSync(abs, "utf8");
    hash.update(path).update("\0").update(text).update("\0");
    hashes.set(path, fileHash(text));
    const parsed = parseDataFile(text, path, kind);
    if (typeof parsed === "string") errors.push(parsed);
    else files.push(parsed);
  }
  return { files, errors, version: hash.digest("hex").slice(0, 16), hashes };
}
