// Validates the whole dataset before anything is written. Every problem is reported as
// "<file>: <record>: <field>: <what is wrong>", so an editor can go straight to it.
import type { z } from "zod";
import { entityRecord, observationRecord, seriesRecord, sourceRecord } from "./schema";
import { checkObservations } from "./check-observations";
import type { DataFile, Located, Parsed } from "./types";

export type { DataFile, Located, Parsed } from "./types";
export type ValidationResult = { ok: true; dataset: Parsed } | { ok: false; errors: string[] };

const SCHEMAS = {
  sources: sourceRecord,
  entities: entityRecord,
  series: seriesRecord,
  observations: observationRecord,
};

function recordName(record: unknown, index: number): string {
  if (record && typeof record === "object") {
    const r = record as Record<string, unknown>;
    const key = r.id ?? r.slug;
    if (typeof key === "string" && key) return key;
  }
  return `record ${index + 1}`;
}

function parseFile(file: DataFile, into: Parsed, errors: string[]): void {
  if (!Array.isArray(file.content)) {
    errors.push(`${file.path}: the file must be a YAML list of records`);
    return;
  }
  const schema: z.ZodType = SCHEMAS[file.kind];
  file.content.forEach((raw: unknown, i) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      (into[file.kind] as Located<unknown>[]).push({ file: file.path, record: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length
        ? issue.path.map((p, j) => (typeof p === "number" ? `[${p}]` : `${j ? "." : ""}${String(p)}`)).join("")
        : "record";
      errors.push(`${file.path}: ${recordName(raw, i)}: ${field}: ${issue.message}`);
    }
  });
}

function checkUnique<T>(items: Located<T>[], key: (r: T) => string, what: string, errors: string[]): void {
  const seen = new Map<string, string>();
  for (const { file, record } of items) {
    const k = key(record);
    const first = seen.get(k);
    if (first !== undefined) errors.push(`${file}: ${k}: ${what}: duplicate; first defined in ${first}`);
    else seen.set(k, file);
  }
}

function checkSeriesEntities(parsed: Parsed, errors: string[]): void {
  const entityIds = new Set(parsed.entities.map((e) => e.record.id));
  for (const { file, record } of parsed.series) {
    const pairs = new Set<string>();
    record.entities.forEach((e, i) => {
      const where = `${file}: ${record.slug}: entities[${i}]`;
      if (!entityIds.has(e.entity)) errors.push(`${where}.entity: unknown entity '${e.entity}'`);
      if (pairs.has(`${e.entity}:${e.role}`)) errors.push(`${where}: '${e.entity}' as ${e.role} is listed twice`);
      pairs.add(`${e.entity}:${e.role}`);
    });
  }
}

export function validateDataset(files: DataFile[]): ValidationResult {
  const errors: string[] = [];
  const parsed: Parsed = { sources: [], entities: [], series: [], observations: [] };
  for (const file of files) parseFile(file, parsed, errors);
  checkUnique(parsed.sources, (r) => r.id, "id", errors);
  checkUnique(parsed.entities, (r) => r.id, "id", errors);
  checkUnique(parsed.series, (r) => r.slug, "slug", errors);
  checkUnique(parsed.observations, (r) => r.id, "id", errors);
  checkSeriesEntities(parsed, errors);
  checkObservations(parsed, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: parsed };
}
