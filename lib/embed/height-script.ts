// The embed's only script, inline so it costs no request: it tells the host page (public/embed.js) how
// tall the content is, on load and on every change, so the frame never scrolls or clips the sources.
// The host answers "sized"; only then is the frame's own scrollbar hidden, so a frame whose host never
// loaded embed.js (a CMS that strips scripts) still scrolls instead of cutting off the footnotes.
// It is the same text on every embed (the chart comes from its wrapper's data-chart), so one sha256 hash
// in the embeds' Content-Security-Policy allows it and no other inline script (lib/http/security-headers.ts).
import { createHash } from "node:crypto";
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from "./embed-options";

export const HEIGHT_MESSAGE = "caucasus-flows:height";
export const SIZED_MESSAGE = "caucasus-flows:sized";
export const MEASURE_MESSAGE = "caucasus-flows:measure";

/**
 * Plain ES5 so it runs in any browser that can show the chart. Its parent element is the embed's wrapper:
 * ?height=N (checked by proxy.ts) gives that box the height and makes it scroll, on the prerendered page.
 */
export const HEIGHT_SCRIPT =
  `(function(){var b=document.currentScript.parentElement,c=b.getAttribute("data-chart"),` +
  `d=document.documentElement,h=-1,p=window.parent,` +
  `q=/[?&]height=(\\d+)(&|$)/.exec(location.search),f=q&&+q[1];` +
  `if(f>=${MIN_EMBED_HEIGHT}&&f<=${MAX_EMBED_HEIGHT}){b.style.height=f+"px";b.style.overflowY="auto"}` +
  `if(p===window)return;` +
  `function s(){var n=Math.ceil(d.getBoundingClientRect().height);if(n!==h){h=n;` +
  `p.postMessage({type:"${HEIGHT_MESSAGE}",chart:c,height:n},"*")}}` +
  `addEventListener("message",function(e){var t=e.source===p&&e.data&&e.data.type;` +
  `if(t==="${SIZED_MESSAGE}")d.setAttribute("data-sized","");if(t==="${MEASURE_MESSAGE}"){h=-1;s()}});` +
  `if(window.ResizeObserver)new ResizeObserver(s).observe(d);addEventListener("load",s);s()})()`;

/** The CSP source that allows exactly HEIGHT_SCRIPT: 'sha256-<base64>'. */
export const HEIGHT_SCRIPT_CSP = `'sha256-${createHash("sha256").update(HEIGHT_SCRIPT, "utf8").digest("base64")}'`;
