// The height script as an element of the embed (the script itself: lib/embed/height-script.ts). Its parent
// must be the embed's wrapper, which carries data-chart.
import { HEIGHT_SCRIPT } from "@/lib/embed/height-script";

export { HEIGHT_MESSAGE, MEASURE_MESSAGE, SIZED_MESSAGE } from "@/lib/embed/height-script";

export function EmbedHeightScript() {
  return <script dangerouslySetInnerHTML={{ __html: HEIGHT_SCRIPT }} />;
}
