import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next.js makes a page's ETag by hashing its whole HTML in JavaScript on every request: a third of
  // the server's CPU on a story page (docs/benchmarks.md, Throughput). Pages are prerendered and change
  // only with a rebuild; chart files keep their own cheap ETags (app/charts/[file]/route.ts).
  generateEtags: false,
  // No page uses next/image: the optimizer at /_next/image would only take requests and write to
  // .next/cache (issue 14). Off, it answers 404.
  images: { unoptimized: true },
  // Pages are cached on first request and expired when the data version changes (issue 12). In memory
  // only: written to .next/, a page cached by one server (another SITE_URL, another data version) would be
  // served by another server of the same build.
  experimental: { isrFlushToDisk: false },
  serverExternalPackages: ["@resvg/resvg-js", "@libsql/client", "libsql", "pdfkit", "fontkit", "subset-font"],
  async headers() {
    return securityHeaders();
  },
};

export default config;
