import { getEnv } from "./env";

export const SITE_NAME = "Caucasus Flows";
export const SITE_TAGLINE = "Trade and arms figures for the South Caucasus, each traced to the sentence it came from";

/** An absolute URL on this dashboard, for citations and embed codes. */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString();
}
