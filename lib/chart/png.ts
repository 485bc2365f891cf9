// A standalone SVG (from sceneToSvg) rendered to PNG with resvg, using only the Inter files shipped by
// @expo-google-fonts/inter, never system fonts, so an image is the same on every machine.
// Server-only: resvg is a native addon (next.config lists @resvg/resvg-js in serverExternalPackages).
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { interFiles } from "./font-files";

/** The Inter .ttf paths (400, 600, 700), from the nearest node_modules at or above the working directory. */
export function chartFontFiles(): string[] {
  return Object.values(interFiles());
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
