// public/embed.js on a host page: when it runs after the chart frames have loaded (a cached frame, a host
// that adds its scripts late), it asks each of our frames to measure itself again, or the frame keeps its
// first guess at a height and scrolls. Explorer charts are framed from /explore/embed, not /embed/.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";

const SITE = "https://flows.example";
const SCRIPT = readFileSync(new URL("../../public/embed.js", import.meta.url), "utf8");

/** The frames of a host page and what embed.js posted to each, once it has run. */
function run(srcs: string[]): { src: string; messages: unknown[] }[] {
  const html = srcs.map((src) => `<iframe src="${src}"></iframe>`).join("");
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, {
    url: "https://host.example/",
    runScripts: "outside-only",
  });
  const { window } = dom;
  const frames = [...window.document.querySelectorAll("iframe")];
  const posted = frames.map((f) => {
    const messages: unknown[] = [];
    const target = f.contentWindow;
    if (target) target.postMessage = (m: unknown) => void messages.push(m);
    return { src: f.src, messages };
  });
  Object.defineProperty(window.document, "currentScript", { value: { src: `${SITE}/embed.js` } });
  window.eval(SCRIPT);
  return posted;
}

describe("embed.js run after the frames loaded", () => {
  it("asks every chart frame of the site to measure, explorer charts included, and no other frame", () => {
    const posted = run([
      `${SITE}/embed/russia-armenia-trade`,
      `${SITE}/explore/embed?series=ru-am-trade-turnover~ru-share-am-arms-imports`,
      `${SITE}/explore?series=ru-am-trade-turnover`,
      `https://elsewhere.example/embed/russia-armenia-trade`,
    ]);
    expect(posted.map((p) => p.messages)).toEqual([
      [{ type: "caucasus-flows:measure" }],
      [{ type: "caucasus-flows:measure" }],
      [],
      [],
    ]);
  });
});
