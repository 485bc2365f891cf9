// Response headers for every route. Embeds and chart images may be framed by any site; nothing else may.
import { HEIGHT_SCRIPT_CSP } from "../embed/height-script";

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

// Chart files (SVG, PNG, CSV, JSON, and their plain-text errors) run nothing: an SVG opened on its own,
// or an error page, gets an opaque origin with no scripts, forms or plugins (issue 14).
const CSP_CHART_FILES = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  // A downloaded SVG carries its font subset as a data: URL (lib/chart/svg-fonts.ts).
  "font-src 'self' data:",
  "sandbox",
  "frame-ancestors *",
];

// Embeds are plain HTML (components/embed/embed-document.tsx): one inline script, allowed by its hash, and
// nothing else runs, loads or submits. Styles stay 'unsafe-inline' for the SVG's style attributes (they
// cannot run code); fonts come from our own origin.
const CSP_EMBEDS = [
  "default-src 'none'",
  `script-src ${HEIGHT_SCRIPT_CSP}`,
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
];

const header = (key: string, value: string) => ({ key, value });

/**
 * Who may load a response from another origin (Cross-Origin-Resource-Policy): embeds, chart images and
 * embed.js are made to be used by other sites; nothing else is. Site pages also get their own browsing
 * context group (Cross-Origin-Opener-Policy), so a page that opened them cannot script them.
 */
const SITE_ONLY = [
  header("Cross-Origin-Resource-Policy", "same-origin"),
  header("Cross-Origin-Opener-Policy", "same-origin"),
];
const CROSS_ORIGIN = [header("Cross-Origin-Resource-Policy", "cross-origin")];

function rule(source: string, frameAncestors: string): HeaderRule {
  const csp = [...CSP_BASE, `frame-ancestors ${frameAncestors}`].join("; ");
  const frame = frameAncestors === "'self'" ? [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] : [];
  const origin = frameAncestors === "'self'" ? SITE_ONLY : CROSS_ORIGIN;
  return { source, headers: [...common, { key: "Content-Security-Policy", value: csp }, ...frame, ...origin] };
}

/**
 * Next.js applies every matching rule, later ones overriding a header of the same name. The catch-all
 * leaves out the framable routes: otherwise its X-Frame-Options: SAMEORIGIN would still reach them, and a
 * browser that honours it over frame-ancestors would refuse every embed.
 */
export function securityHeaders(): HeaderRule[] {
  return [
    rule("/:path((?!embed/|charts/|explore/embed$|explore/chart\\.).*)", "'self'"),
    {
      source: "/embed/:path*",
      headers: [...common, header("Content-Security-Policy", CSP_EMBEDS.join("; ")), ...CROSS_ORIGIN],
    },
    {
      source: "/charts/:path*",
      headers: [...common, header("Content-Security-Policy", CSP_CHART_FILES.join("; ")), ...CROSS_ORIGIN],
    },
    // The explorer's embed and files (issue 10) are framable and loadable like a built-in chart's.
    rule("/explore/embed", "*"),
    {
      source: "/explore/:file(chart\\.[a-z]+)",
      headers: [...common, header("Content-Security-Policy", CSP_CHART_FILES.join("; ")), ...CROSS_ORIGIN],
    },
    // Host pages load the embed script from their own origin.
    { source: "/embed.js", headers: CROSS_ORIGIN },
  ];
}
