// A standalone SVG (from sceneToSvg) rendered to PNG with resvg, using only the Inter files shipped by
// @expo-google-fonts/inter, never system fonts, so an image is the same on every machine.
// Server-only: resvg is a native addon (next.config lists @resvg/resvg-js in serverExternalPackages).
import { existsSync } from "node:fs";
import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

const FONT_PACKAGE = "@expo-google-fonts/inter";
const FONT_FILES = [
  "400Regular/Inter_400Regular.ttf",
  "600SemiBold/Inter_600SemiBold.ttf",
  "700Bold/Inter_700Bold.ttf",
];

let cached: string[] | null = null;

/** The Inter .ttf paths, from the nearest node_modules at or above the working directory. */
export function chartFontFiles(): string[] {
  if (cached) return cached;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const files = FONT_FILES.map((f) => path.join(dir, "node_modules", FONT_PACKAGE, f));
    if (files.every((f) => existsSync(f))) return (cached = files);
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    `chart fonts not found: install ${FONT_PACKAGE} (looked for ${FONT_FILES.join(", ")} under node_modules from ${process.cwd()} up)`,
  );
}

/**
 * resvg's options for a PNG `width` px wide: plain data, so a worker thread can be handed them
 * (workers/render-worker.mjs) and draw exactly what svgToPng draws here.
 */
export function pngRenderOptions(width: number): ResvgRenderOptions {
  if (!Number.isFinite(width) || width < 1) throw new Error(`svgToPng: width must be a positive number, got ${width}`);
  return {
    fitTo: { mode: "width", value: Math.round(width) },
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    shapeRendering: 2,
    textRendering: 1,
  };
}

function render(svg: string, width: number) {
  return new Resvg(svg, pngRenderOptions(width)).render();
}

/** PNG bytes of `svg` scaled to `width` px wide (height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, opts: { width: number }): Buffer {
  return render(svg, opts.width).asPng();
}
