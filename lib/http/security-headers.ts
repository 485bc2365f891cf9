// Response headers for every route. Embeds and chart images may be framed by any site; nothing else may.

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

const CSP_BASE = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

function rule(source: string, frameAncestors: string): HeaderRule {
  const csp = [...CSP_BASE, `frame-ancestors ${frameAncestors}`].join("; ");
  const frame = frameAncestors === "'self'" ? [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] : [];
  return { source, headers: [...common, { key: "Content-Security-Policy", value: csp }, ...frame] };
}

/**
 * Next.js applies every matching rule, later ones overriding a header of the same name. The catch-all
 * leaves out the framable routes: otherwise its X-Frame-Options: SAMEORIGIN would still reach them, and a
 * browser that honours it over frame-ancestors would refuse every embed.
 */
export function securityHeaders(): HeaderRule[] {
  return [rule("/:path((?!embed/|charts/).*)", "'self'"), rule("/embed/:path*", "*"), rule("/charts/:path*", "*")];
}
