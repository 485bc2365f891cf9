// A Scene as a vector PDF with pdfkit: Inter embedded and subset (pdfkit subsets every font it embeds),
// text as real, selectable text, every link (footnotes, the chart's address) clickable, and the figure at
// its physical size or on an A4/Letter page. Pure: scene + options in, PDF bytes out; no request, no
// globals, only the font files read, so it can run in a worker thread.
import PDFDocument from "pdfkit";
import { openFont, textOutline } from "./glyph-outlines";
import { PALETTES, type Theme } from "./scene-palette";
import type { FontWeight, Primitive, Scene, TextPrim } from "./scene-types";
import type { Page } from "./request-print";

const PT_PER_IN = 72;
const PAGE_PT: Record<Exclude<Page, "figure">, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
/** Margin of a page (not of a figure-sized PDF): 2 cm. */
const MARGIN_PT = (2 / 2.54) * PT_PER_IN;

export type PdfOptions = {
  theme: Theme;
  /** Physical width of the figure. */
  widthIn: number;
  page: Page;
  /** Inter files by weight (lib/chart/font-files.ts). */
  fonts: Record<FontWeight, string>;
  /** Document properties: title, subject (the chart's summary), author and keywords. */
  info: { title: string; subject: string; author: string; keywords: string };
};

type Placement = { pageW: number; pageH: number; x: number; y: number; k: number };

/** Where the figure goes: its own page, or within the margins of a paper page (shrunk only to fit). */
export function placeFigure(scene: Scene, opts: Pick<PdfOptions, "widthIn" | "page">): Placement {
  const wantW = opts.widthIn * PT_PER_IN;
  if (opts.page === "figure") {
    const k = wantW / scene.width;
    return { pageW: wantW, pageH: scene.height * k, x: 0, y: 0, k };
  }
  const [pageW, pageH] = PAGE_PT[opts.page];
  const k = Math.min(wantW, pageW - 2 * MARGIN_PT) / scene.width;
  const fit = Math.min(k, (pageH - 2 * MARGIN_PT) / scene.height);
  return { pageW, pageH, x: MARGIN_PT, y: MARGIN_PT, k: fit };
}

type Doc = InstanceType<typeof PDFDocument>;
type Colors = (typeof PALETTES)[Theme];

function paintShape(doc: Doc, p: Exclude<Primitive, TextPrim | { type: "group" }>, c: Colors) {
  const fill = "fill" in p && p.fill !== "none" ? c[p.fill] : null;
  const stroke = p.stroke ? c[p.stroke] : null;
  if (!fill && !stroke) return;
  doc.save();
  const [on, off] = (p.dash ?? "").split(/[\s,]+/).map(Number);
  // The scene's dashes are all "on off" pairs.
  if (on && off) doc.dash(on, { space: off });
  if (stroke) doc.lineWidth(p.strokeWidth ?? 1).strokeColor(stroke);
  if (fill) doc.fillColor(fill, "fillOpacity" in p ? (p.fillOpacity ?? 1) : 1);
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else doc.stroke();
  doc.restore();
}

function drawText(doc: Doc, t: TextPrim, c: Colors, fonts: PdfOptions["fonts"]) {
  if (t.halo) {
    // The halo is glyph outlines, not text, so copying the label gives it once.
    doc.save();
    doc.path(textOutline(fonts[t.weight], t)).lineWidth(3).lineJoin("round").strokeColor(c.bg).stroke();
    doc.restore();
  }
  doc.font(`inter-${t.weight}`).fontSize(t.size);
  const w = doc.widthOfString(t.text);
  const x = t.anchor === "start" ? t.x : t.anchor === "middle" ? t.x - w / 2 : t.x - w;
  doc.fillColor(c[t.fill]).text(t.text, x, t.y, {
    lineBreak: false,
    baseline: "alphabetic",
    ...(t.href ? { link: t.href, underline: false } : {}),
  });
}

function draw(doc: Doc, p: Primitive, c: Colors, fonts: PdfOptions["fonts"]): void {
  switch (p.type) {
    case "group":
      for (const child of p.children) draw(doc, child, c, fonts);
      return;
    case "text":
      return drawText(doc, p, c, fonts);
    case "rect":
      doc.rect(p.x, p.y, p.width, p.height);
      return paintShape(doc, p, c);
    case "line":
      doc.moveTo(p.x1, p.y1).lineTo(p.x2, p.y2);
      return paintShape(doc, p, c);
    case "path":
      doc.path(p.d);
      return paintShape(doc, p, c);
    case "circle":
      doc.circle(p.cx, p.cy, p.r);
      return paintShape(doc, p, c);
  }
}

/** The PDF bytes of `scene`. */
export function sceneToPdf(scene: Scene, opts: PdfOptions): Promise<Buffer> {
  const at = placeFigure(scene, opts);
  const doc = new PDFDocument({
    size: [at.pageW, at.pageH],
    margin: 0,
    lang: "en",
    displayTitle: true,
    info: {
      Title: opts.info.title,
      Subject: opts.info.subject,
      Author: opts.info.author,
      Keywords: opts.info.keywords,
    },
  });
  // pdfkit takes an opened fontkit font too (its types do not say so): reusing the parsed font saves parsing
  // three TTFs and their layout tables on every PDF (~1 s per file otherwise).
  for (const [weight, file] of Object.entries(opts.fonts))
    doc.registerFont(`inter-${weight}`, openFont(file) as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on("data", (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const c = PALETTES[opts.theme];
  doc.translate(at.x, at.y).scale(at.k);
  doc.rect(0, 0, scene.width, scene.height).fill(c.bg);
  for (const p of scene.children) draw(doc, p, c, opts.fonts);
  doc.end();
  return done;
}
