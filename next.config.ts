import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@resvg/resvg-js", "@libsql/client", "libsql"],
  async headers() {
    return securityHeaders();
  },
};

export default config;
