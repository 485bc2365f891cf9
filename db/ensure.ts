// Used by the start and export commands: the database is created and loaded when it is missing or
// older than data/, so a fresh clone serves real data with no extra step.
import { fileURLToPath } from "node:url";
import { createWriterDb } from "./client";
import { loadDataset } from "./load";

export const DATA_DIR = fileURLToPath(new URL("../data", import.meta.url));

/** Returns the loaded data version; exits the process with the loader's messages if data/ is invalid. */
export async function ensureDatabase(log: (line: string) => void = console.error): Promise<string> {
  const result = await loadDataset(createWriterDb(), DATA_DIR, { onlyIfStale: true });
  if (!result.ok) {
    for (const error of result.errors) console.error(error);
    console.error("The database was left as it was. Fix data/ and run again.");
    process.exit(1);
  }
  if (!result.skipped) log(`Loaded data version ${result.version} (${result.counts.observations} observations).`);
  return result.version;
}
