// Hundreds of malformed requests across every route, for the robustness test.

const NASTY_SEGMENTS = [
  "nope",
  "NOPE",
  "..",
  "%2e%2e",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "....//....//etc",
  "%00",
  "a%00b",
  "%ff%fe%fd",
  "%c3%28",
  "%e2%82",
  "%",
  "%zz",
  "' OR 1=1--",
  "1%3BDROP%20TABLE%20observations",
  "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "x".repeat(3000),
  "%F0%9F%92%A9",
  "CON",
  "a/b/c/d",
  "-1",
  "0",
  "9".repeat(40),
  "russia-armenia-trade.",
  "russia-armenia-trade%20",
  " ",
  "%20",
  "~root",
  "$(id)",
  "{{7*7}}",
  "null",
  "undefined",
];

const PREFIXES = ["/stories/", "/series/", "/sources/", "/charts/", "/embed/"];

const CHART_QUERIES = [
  "width=0",
  "width=-1",
  "width=1000000000",
  "width=1e309",
  "width=NaN",
  "width=abc",
  "width=",
  "width=12.5",
  "width=400&width=500",
  "scale=abc",
  "scale=0",
  "scale=-2",
  "scale=1e9",
  "scale=",
  "theme=purple",
  "theme=",
  "theme=light&theme=dark",
  "foo=bar",
  "width=%ff",
  "width=' OR 1=1--",
  `width=${"9".repeat(500)}`,
  "scale=Infinity",
];

const EMBED_QUERIES = [
  "theme=purple",
  "height=0",
  "height=abc",
  "height=-5",
  "height=99999999",
  "footnotes=maybe",
  "theme=dark&theme=light",
];

export type BadRequest = { method: string; path: string };

export function badRequests(): BadRequest[] {
  const out: BadRequest[] = [];
  for (const prefix of PREFIXES) {
    for (const seg of NASTY_SEGMENTS) {
      out.push({ method: "GET", path: `${prefix}${seg}` });
      if (prefix === "/charts/")
        for (const ext of ["svg", "png", "csv", "json", "gif"])
          out.push({ method: "GET", path: `${prefix}${seg}.${ext}` });
    }
  }
  for (const file of [
    "russia-armenia-trade.svg",
    "russia-armenia-trade.png",
    "series-ru-am-trade-turnover.csv",
    "india-pakistan-arms.json",
  ])
    for (const q of CHART_QUERIES) out.push({ method: "GET", path: `/charts/${file}?${q}` });
  for (const q of EMBED_QUERIES) out.push({ method: "GET", path: `/embed/russia-armenia-trade?${q}` });
  for (const q of [
    "url=",
    "url=http://evil.example/x",
    "url=%ff",
    "url=/stories/nope",
    "format=xml&url=/stories/russia-armenia-trade",
    "",
  ])
    out.push({ method: "GET", path: `/oembed?${q}` });
  for (const method of ["POST", "PUT", "DELETE", "PATCH"])
    for (const path of [
      "/",
      "/stories/russia-armenia-trade",
      "/charts/russia-armenia-trade.svg",
      "/sources",
      "/oembed?url=/",
    ])
      out.push({ method, path });
  return out;
}
