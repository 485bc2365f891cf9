import { revalidatePages } from "@/server/revalidate";

// Loopback only in effect: the secret is made per process by scripts/serve.ts and never leaves it.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return revalidatePages(request);
}
