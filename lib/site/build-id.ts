// The build a server runs (Next.js's .next/BUILD_ID). Validators of files whose bytes the code draws (chart
// and explorer files) name it beside the data version: after a deploy that changes how a chart is drawn,
// a cache revalidating with the old ETag must get the new bytes, not a 304.
import { readFileSync } from "node:fs";
import { join } from "node:path";

let held: string | undefined;

/** The build's id, read once; "dev" where there is no build (next dev, tests). */
export function buildId(): string {
  held ??= readBuildId(process.cwd());
  return held;
}

/** The id of the build in `root`/.next, or "dev" when there is none or it is not a plain token. */
export function readBuildId(root: string): string {
  try {
    const id = readFileSync(join(root, ".next", "BUILD_ID"), "utf8").trim();
    // A validator is a quoted string: keep what is safe inside one.
    return /^[\w.-]{1,64}$/.test(id) ? id : "dev";
  } catch {
    return "dev";
  }
}
