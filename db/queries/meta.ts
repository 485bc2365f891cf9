import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../client";
import { meta } from "../schema";

/** The version of data/ that is loaded: ETags of images and downloads are tied to it. */
export const getDataVersion = cache(async (): Promise<string> => {
  const row = await getDb().select().from(meta).where(eq(meta.key, "data_version")).get();
  return row?.value ?? "unloaded";
});
