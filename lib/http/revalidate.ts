// How a server tells its own Next.js handler that the data version changed (scripts/serve.ts →
// app/internal/revalidate → server/revalidate.ts): a loopback GET carrying a secret made per process.
export const REVALIDATE_PATH = "/internal/revalidate";
export const REVALIDATE_SECRET_ENV = "DATA_REVALIDATE_SECRET";
export const REVALIDATE_HEADER = "x-data-revalidate";
