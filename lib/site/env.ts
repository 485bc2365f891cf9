// The one place environment variables are read. Everything else asks getEnv().
import { z } from "zod";

const DEFAULT_DATABASE_URL = "file:.data/dashboard.db";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/)/.test(url), {
      message: "must start with file:, libsql://, http(s):// or ws(s)://",
    }),
  DATABASE_AUTH_TOKEN: z.string().trim().min(1).optional(),
  /**
   * With a database server: a local file this server keeps as an embedded replica of it (libSQL sync), and
   * reads instead of asking the server for every query (db/replica.ts). Writers still write the server.
   */
  DATABASE_REPLICA: z.string().trim().min(1).optional(),
  /** The public address of the dashboard, used in citations and embed codes. */
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Render worker threads (PNG, PDF); unset: one fewer than the cores, at least one (server/render-pool.ts). */
  RENDER_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  /** Renders that may wait for a worker; past it a render is answered 503 + Retry-After. Unset: 2 per worker. */
  RENDER_QUEUE: z.coerce.number().int().min(0).max(256).optional(),
  /** How often a replica checks the loaded data version: the bound on a publish reaching readers (issue 12). */
  DATA_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  /** A database answer slower than this counts as an outage: 503 + Retry-After instead of a hung request. */
  DATA_BUDGET_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
});

export type Env = Omit<z.infer<typeof schema>, "SITE_URL"> & { SITE_URL: string };

const checked = schema.refine((env) => !env.DATABASE_REPLICA || !env.DATABASE_URL.startsWith("file:"), {
  path: ["DATABASE_REPLICA"],
  message: "is a replica of a database server: DATABASE_URL must be libsql://, http(s):// or ws(s)://, not file:",
});

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = checked.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  // Without SITE_URL, links point at this server as npm start runs it.
  return {
    ...result.data,
    SITE_URL: (result.data.SITE_URL ?? `http://localhost:${result.data.PORT}`).replace(/\/$/, ""),
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
