// PNG metadata written after resvg's IHDR: pHYs (the resolution, so Word and LibreOffice insert the image
// at its intended physical size instead of guessing 96 dpi) and iTXt text chunks (title, source, licence),
// UTF-8 since titles and quotes are not Latin-1. Pure: bytes in, bytes out.
import { crc32 } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const METERS_PER_INCH = 0.0254;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function phys(dpi: number): Buffer {
  const ppm = Math.round(dpi / METERS_PER_INCH);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8); // unit: metre
  return chunk("pHYs", data);
}

/** An uncompressed iTXt chunk; the keyword is 1–79 Latin-1 characters (PNG spec 11.3.4). */
function itxt(keyword: string, text: string): Buffer {
  const key = Buffer.from(keyword.slice(0, 79), "latin1");
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  return chunk("iTXt", Buffer.concat([key, Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, "utf8")]));
}

export type PngMeta = { dpi: number; text: Record<string, string> };

/** `png` with its pHYs and text chunks replaced by `meta`'s, inserted right after IHDR. */
export function withPngMeta(png: Buffer, meta: PngMeta): Buffer {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("withPngMeta: not a PNG");
  const kept: Buffer[] = [];
  let at = 8;
  let ihdr: Buffer | null = null;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const whole = png.subarray(at, at + 12 + len);
    if (type === "IHDR") ihdr = whole;
    else if (!["pHYs", "tEXt", "iTXt", "zTXt"].includes(type)) kept.push(whole);
    at += 12 + len;
  }
  if (!ihdr) throw new Error("withPngMeta: PNG without IHDR");
  const text = Object.entries(meta.text).map(([k, v]) => itxt(k, v));
  return Buffer.concat([SIGNATURE, ihdr, phys(meta.dpi), ...text, ...kept]);
}

/** The pHYs resolution (dpi) and text chunks of a PNG, for tests and tools. */
export function readPngMeta(png: Buffer): { dpi: number | null; text: Record<string, string> } {
  let at = 8;
  let dpi: number | null = null;
  const text: Record<string, string> = {};
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === "pHYs" && data.readUInt8(8) === 1) dpi = data.readUInt32BE(0) * METERS_PER_INCH;
    if (type === "iTXt") {
      const nul = data.indexOf(0);
      const rest = data.subarray(nul + 3);
      const afterLang = rest.indexOf(0) + 1;
      const afterKey = rest.indexOf(0, afterLang) + 1;
      text[data.toString("latin1", 0, nul)] = rest.toString("utf8", afterKey);
    }
    at += 12 + len;
  }
  return { dpi, text };
}
