import { describe, expect, it } from "vitest";
import { FIXTURES, TRADE_SPEC } from "../../tests/fixtures/chart-fixtures";
import { layoutChart } from "./scene";
import { PALETTES, contrast, type Theme } from "./scene-palette";
import { SERIES_ROLES } from "./scene-types";
import { escapeXml, sceneToSvg } from "./svg";
import type { ChartSpec } from "./types";

const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, at: number): void {
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    if (!ENTITY.test(text.slice(i, i + 12))) throw new Error(`bare & at ${at + i}`);
  }
  if (text.includes("<")) throw new Error(`bare < at ${at}`);
}

const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r";
const isNameChar = (c: string | undefined) =>
  c !== undefined && !isSpace(c) && c !== "/" && c !== ">" && c !== "=" && c !== "<";

/** Attributes of a start tag from just after its name; returns the index after ">" and whether it closed itself. */
function readAttributes(doc: string, from: number): { end: number; selfClosing: boolean } {
  const seen = new Set<string>();
  let j = from;
  for (;;) {
    while (isSpace(doc[j])) j++;
    if (doc[j] === ">") return { end: j + 1, selfClosing: false };
    if (doc[j] === "/" && doc[j + 1] === ">") return { end: j + 2, selfClosing: true };
    const start = j;
    while (isNameChar(doc[j])) j++;
    const name = doc.slice(start, j);
    if (!name || doc[j] !== "=") throw new Error(`bad attribute at ${start}`);
    if (seen.has(name)) throw new Error(`duplicate attribute ${name} at ${start}`);
    seen.add(name);
    const quote = doc[j + 1];
    if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${name} at ${start}`);
    const close = doc.indexOf(quote, j + 2);
    if (close === -1) throw new Error(`unterminated attribute ${name}`);
    checkText(doc.slice(j + 2, close), j + 2);
    j = close + 1;
    if (!isSpace(doc[j]) && doc[j] !== ">" && doc[j] !== "/") throw new Error(`no space after attribute ${name}`);
  }
}

/** A small, regex-free XML well-formedness check: balanced tags, quoted unique attributes, escaped text, one root. */
export function assertWellFormed(doc: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < doc.length) {
    const lt = doc.indexOf("<", i);
    const text = doc.slice(i, lt === -1 ? doc.length : lt);
    checkText(text, i);
    if (stack.length === 0 && text.trim()) throw new Error(`text outside the root at ${i}`);
    if (lt === -1) break;
    if (doc.startsWith("<?", lt)) {
      if (lt !== 0 && roots === 0 && stack.length === 0 && doc.slice(0, lt).trim())
        throw new Error("declaration not first");
      i = doc.indexOf("?>", lt) + 2;
      if (i === 1) throw new Error("unterminated <?");
      continue;
    }
    if (doc.startsWith("<!--", lt)) {
      i = doc.indexOf("-->", lt) + 3;
      if (i === 2) throw new Error("unterminated comment");
      continue;
    }
    if (doc[lt + 1] === "/") {
      const gt = doc.indexOf(">", lt);
      const name = doc.slice(lt + 2, gt).trim();
      if (stack.pop() !== name) throw new Error(`mismatched </${name}> at ${lt}`);
      i = gt + 1;
      continue;
    }
    let j = lt + 1;
    while (isNameChar(doc[j])) j++;
    const name = doc.slice(lt + 1, j);
    if (!name) throw new Error(`empty tag name at ${lt}`);
    if (stack.length === 0 && ++roots > 1) throw new Error("more than one root element");
    const { end, selfClosing } = readAttributes(doc, j);
    if (!selfClosing) stack.push(name);
    i = end;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) throw new Error("no root element");
}

describe("assertWellFormed", () => {
  it("accepts good XML and rejects the usual mistakes", () => {
    expect(() => assertWellFormed(`<?xml version="1.0"?>\n<a x="1"><b/><c y='&amp;'>t &lt; u</c></a>`)).not.toThrow();
    for (const bad of [
      "<a><b></a></b>",
      "<a>",
      "<a x=1/>",
      "<a>&</a>",
      '<a x="1" x="2"/>',
      "<a/><b/>",
      "<a>x < y</a>",
    ]) {
      expect(() => assertWellFormed(bad), bad).toThrow();
    }
  });
});

describe("sceneToSvg", () => {
  for (const [name, spec] of Object.entries(FIXTURES) as [string, ChartSpec][]) {
    for (const theme of ["light", "dark"] as Theme[]) {
      it(`${name} (${theme}) is a well-formed standalone SVG with its title, summary and every source`, () => {
        const scene = layoutChart(spec, { width: 768, standalone: true });
        const svg = sceneToSvg(scene, { theme });
        assertWellFormed(svg);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(svg).toContain(`viewBox="0 0 768 ${scene.height}"`);
        expect(svg).toContain(`font-family="Inter, Arial, 'Liberation Sans', Helvetica, sans-serif"`);
        expect(svg).toContain(`<title id="${spec.id}-title">${escapeXml(spec.title)}</title>`);
        expect(svg).toContain(`>${escapeXml(spec.summary)}</desc>`);
        expect(svg).toContain(`<rect width="768" height="${scene.height}" fill="${PALETTES[theme].bg}"/>`);
        for (const f of spec.footnotes) expect(svg).toContain(escapeXml(f.author));
        expect(svg).not.toMatch(/var\(--/);
      });
    }
  }

  it("escapes markup in any text", () => {
    const spec: ChartSpec = { ...TRADE_SPEC, title: `Tom & Jerry's <b>"best"</b> year`, summary: "a < b & c > d" };
    const svg = sceneToSvg(layoutChart(spec, { width: 500, standalone: true }), { theme: "light" });
    assertWellFormed(svg);
    expect(svg).toContain("Tom &amp; Jerry&apos;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; year");
    expect(svg).not.toContain("<b>");
  });
});

// Machado et al. (2009) simulation matrices (severity 1) in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function lab(hex: string, m: number[][]): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => toLinear(v / 255));
  const [r, g, b] = m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, k, i) => s + k * (rgb[i] ?? 0), 0),
      ),
    ),
  ) as [number, number, number];
  const xyz = [
    0.4124 * r + 0.3576 * g + 0.1805 * b,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    0.0193 * r + 0.1192 * g + 0.9505 * b,
  ];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f((xyz[0] ?? 0) / 0.95047), f(xyz[1] ?? 0), f((xyz[2] ?? 0) / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

describe("palettes", () => {
  for (const theme of ["light", "dark"] as Theme[]) {
    const p = PALETTES[theme];
    it(`${theme}: text meets WCAG AA and marks 3:1 against the background`, () => {
      for (const role of ["fg", "muted", "accent"] as const)
        expect(contrast(p[role], p.bg), role).toBeGreaterThanOrEqual(4.5);
      for (const role of [...SERIES_ROLES, "axis"] as const)
        expect(contrast(p[role], p.bg), role).toBeGreaterThanOrEqual(3);
    });

    it(`${theme}: series colours stay apart, also for colour-blind readers`, () => {
      for (const [vision, m] of Object.entries(CVD)) {
        // Tritanopia (about 1 in 10,000) confuses Okabe–Ito's blue and bluish green more than the common forms.
        const min = vision === "tritanopia" ? 8 : 12;
        for (let i = 0; i < SERIES_ROLES.length; i++) {
          for (let j = i + 1; j < SERIES_ROLES.length; j++) {
            const a = lab(p[SERIES_ROLES[i] ?? "series-0"], m);
            const b = lab(p[SERIES_ROLES[j] ?? "series-0"], m);
            const dE = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
            expect(dE, `${vision} ${SERIES_ROLES[i]} vs ${SERIES_ROLES[j]}`).toBeGreaterThanOrEqual(min);
          }
        }
      }
    });
  }
});
