// Where the Inter files are: every renderer (resvg PNGs, pdfkit PDFs, SVG outlines) and the text measurement
// of the layout read the same three files from @expo-google-fonts/inter, never system fonts.
import { existsSync } from "node:fs";
import path from "node:path";
import type { FontWeight } from "./scene-types";

const FONT_PACKAGE = "@expo-google-fonts/inter";
const FONT_FILES: Record<FontWeight, string> = {
  400: "400Regular/Inter_400Regular.ttf",
  600: "600SemiBold/Inter_600SemiBold.ttf",
  700: "700Bold/Inter_700Bold.ttf",
};

let cached: Record<FontWeight, string> | null = null;

/** The Inter .ttf paths by weight, from the nearest node_modules at or above the working directory. */
export function interFiles(): Record<FontWeight, string> {
  if (cached) return cached;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const at = (f: string) => path.join(dir, "node_modules", FONT_PACKAGE, f);
    if (Object.values(FONT_FILES).every((f) => existsSync(at(f))))
      return (cached = { 400: at(FONT_FILES[400]), 600: at(FONT_FILES[600]), 700: at(FONT_FILES[700]) });
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    `chart fonts not found: install ${FONT_PACKAGE} (looked for ${Object.values(FONT_FILES).join(", ")} under node_modules from ${process.cwd()} up)`,
  );
}
