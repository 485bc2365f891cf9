// React elements to an HTML string, for pages that ship no JavaScript (the embed). Route handlers run with
// React's server build, where react-dom/server is not available; our server components are plain functions
// of their props (no hooks, no context, no async), so calling them and writing out the host elements is
// all a static render takes. Anything else (a client component, a promise) is an error, not a silent gap.
import type { ReactNode } from "react";

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };

const ELEMENT_TYPES = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);
const FRAGMENT = Symbol.for("react.fragment");
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]);
const RAW_TEXT = new Set(["script", "style"]);
const RENAMED: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  charSet: "charset",
  httpEquiv: "http-equiv",
  crossOrigin: "crossorigin",
  viewBox: "viewBox",
};
// CSS properties React writes without "px" when given a number (the ones our components use).
const UNITLESS = new Set(["fillOpacity", "strokeWidth", "strokeOpacity", "opacity", "fontWeight", "lineHeight"]);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => `${kebab(k)}:${typeof v === "number" && !UNITLESS.has(k) && v !== 0 ? `${v}px` : String(v)}`)
    .join(";");
}

function attribute(name: string, value: unknown): string {
  if (value === undefined || value === null || value === false || typeof value === "function") return "";
  const attr = RENAMED[name] ?? (/^(aria|data)-/.test(name) ? name : kebab(name));
  // React writes true as "true" on aria-* and data-*, and as a bare attribute on HTML booleans (hidden).
  if (value === true) return /^(aria|data)-/.test(attr) ? ` ${attr}="true"` : ` ${attr}`;
  const text = name === "style" && typeof value === "object" ? styleText(value as Record<string, unknown>) : value;
  if (typeof text !== "string" && typeof text !== "number") throw new Error(`static markup: bad value for ${name}`);
  return ` ${attr}="${escapeHtml(String(text))}"`;
}

function isElement(node: unknown): node is Element {
  return typeof node === "object" && node !== null && ELEMENT_TYPES.has((node as Element).$$typeof);
}

function hostElement(tag: string, props: Record<string, unknown>): string {
  const { children, dangerouslySetInnerHTML, ...rest } = props;
  const attrs = Object.entries(rest)
    .filter(([k]) => k !== "key" && k !== "ref")
    .map(([k, v]) => attribute(k, v))
    .join("");
  if (VOID.has(tag)) return `<${tag}${attrs}>`;
  const inner = (dangerouslySetInnerHTML as { __html?: string } | undefined)?.__html;
  let body: string;
  if (inner !== undefined) body = inner;
  else if (RAW_TEXT.has(tag)) {
    body = [children].flat().join("");
    if (body.toLowerCase().includes(`</${tag}`)) throw new Error(`static markup: </${tag} inside <${tag}>`);
  } else body = renderStatic(children as ReactNode);
  return `<${tag}${attrs}>${body}</${tag}>`;
}

/** The HTML of a tree of host elements and plain function components. */
export function renderStatic(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map((n: ReactNode) => renderStatic(n)).join("");
  if (!isElement(node)) throw new Error("static markup: only elements, text and arrays can be rendered");
  const { type, props } = node;
  if (type === FRAGMENT) return renderStatic(props.children as ReactNode);
  if (typeof type === "string") return hostElement(type, props);
  if (typeof type === "function") {
    const out: unknown = (type as (p: unknown) => unknown)(props);
    if (out instanceof Promise) throw new Error("static markup: async components are not supported");
    return renderStatic(out as ReactNode);
  }
  throw new Error("static markup: unsupported element type (a client component?)");
}
