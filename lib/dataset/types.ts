// The shapes validation works on: a data file as read, and the records it holds with the file they came from.
import type { EntityRecord, ObservationRecord, SeriesRecord, SourceRecord } from "./schema";

export type DataFile = { path: string; kind: "sources" | "entities" | "series" | "observations"; content: unknown };
export type Located<T> = { file: string; record: T };

/** Every record of data/, each with its file: what the loader writes once validation passes. */
export type Parsed = {
  sources: Located<SourceRecord>[];
  entities: Located<EntityRecord>[];
  series: Located<SeriesRecord>[];
  observations: Located<ObservationRecord>[];
};
