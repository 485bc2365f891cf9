// Static twins: for each measured route, a file in public/ with the same bytes, served by the same
// server in the same run. Same size and same content, so the ratio between the two isolates what the
// route costs over sending a file. Next.js lists public/ when it starts, so these exist before the
// server does, and they are removed afterwards (.gitignore lists them in case a run is killed).
import { existsSync, mkdirSync, readdirSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PUBLIC_DIR = "public";
export const TWIN_PREFIX = "bench-static-";

export type Twin = { path: string; file: string };

function extension(contentType: string): string {
  if (contentType.includes("svg")) return "svg";
  if (contentType.includes("csv")) return "csv";
  if (contentType.includes("json")) return "json";
  if (contentType.includes("png")) return "png";
  return "html";
}

/** Writes one twin per body; returns their URL paths in the same order. */
export function writeTwins(bodies: { body: Buffer; type: string }[]): Twin[] {
  mkdirSync(PUBLIC_DIR, { recursive: true });
  return bodies.map(({ body, type }, i) => {
    const name = `${TWIN_PREFIX}${i}.${extension(type)}`;
    const file = join(PUBLIC_DIR, name);
    writeFileSync(file, body);
    return { path: `/${name}`, file };
  });
}

/** Removes every twin, and public/ itself if the twins were all it held (the build hashes public/). */
export function removeTwins(): void {
  if (!existsSync(PUBLIC_DIR)) return;
  for (const name of readdirSync(PUBLIC_DIR)) {
    if (name.startsWith(TWIN_PREFIX)) rmSync(join(PUBLIC_DIR, name), { force: true });
  }
  if (readdirSync(PUBLIC_DIR).length === 0) rmdirSync(PUBLIC_DIR);
}
