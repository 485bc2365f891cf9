// The scripts read .env like Next.js does, so the loader and the served app use the same database.
import { existsSync } from "node:fs";

export function loadDotEnv(): void {
  for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);
}
