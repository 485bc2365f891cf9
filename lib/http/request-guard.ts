// Requests this read-only dashboard refuses before routing: a write method, or an address whose
// percent-encoding is not valid UTF-8 (Next.js would answer those with a 500).

export type Refusal = { status: 400 | 405; message: string; headers?: Record<string, string> };

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function refuseRequest(method: string, rawPath: string): Refusal | null {
  if (!READ_METHODS.has(method))
    return {
      status: 405,
      message: "Method not allowed: this dashboard is read-only",
      headers: { Allow: "GET, HEAD, OPTIONS" },
    };
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: "Bad request: the address is not valid percent-encoded UTF-8" };
  }
  if (rawPath.length > 2048) return { status: 400, message: "Bad request: the address is too long" };
  return null;
}
