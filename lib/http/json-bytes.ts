// JSON as UTF-8 bytes without one string of the whole answer. On Node.js 20 a string from JSON.stringify
// past ~64K characters is a tree of parts that encoding must first flatten: 1.5–1.9 ms to encode a 100 KB
// page of figures (a third of the request), against 0.5–0.8 ms for its items stringified and written one by
// one (bench/json-bytes.ts). The bytes are JSON.stringify's own: each part is JSON.stringify of a value in
// its place (its key given to toJSON), joined as JSON.stringify joins them.

/** Levels of plain objects and arrays taken apart: the answer and its lists (their items go whole). */
const SPLIT_DEPTH = 2;

type Part = { text: string; bytes: number };

function push(parts: Part[], text: string): void {
  parts.push({ text, bytes: Buffer.byteLength(text) });
}

/** JSON.stringify's text for `value` as the property `key` of an object; none as JSON.stringify gives none. */
function leaf(key: string, value: unknown): string | undefined {
  const text = JSON.stringify({ [key]: value });
  // "{}": undefined, a function, a symbol, or a toJSON giving one of them.
  return text === "{}" ? undefined : text.slice(JSON.stringify(key).length + 2, -1);
}

const splits = (value: unknown): value is object =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
  (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);

/** JSON.stringify's text of `value` (at `key`) as parts; false when it has none. */
function collect(key: string, value: unknown, depth: number, parts: Part[]): boolean {
  if (depth === 0 || !splits(value)) {
    const text = leaf(key, value);
    if (text === undefined) return false;
    push(parts, text);
    return true;
  }
  if (Array.isArray(value)) {
    push(parts, "[");
    // An index loop over the length read once, as JSON.stringify reads it: a hole is null, forEach skips it.
    const length = value.length;
    for (let i = 0; i < length; i++) {
      if (i > 0) push(parts, ",");
      if (!collect(String(i), value[i] as unknown, depth - 1, parts)) push(parts, "null");
    }
    push(parts, "]");
    return true;
  }
  push(parts, "{");
  let first = true;
  for (const [name, item] of Object.entries(value)) {
    const at = parts.length;
    push(parts, `${first ? "" : ","}${JSON.stringify(name)}:`);
    if (collect(name, item, depth - 1, parts)) first = false;
    else parts.length = at;
  }
  push(parts, "}");
  return true;
}

/** UTF-8 bytes of JSON.stringify(value); a value JSON cannot hold (undefined) is an error. */
export function jsonBytes(value: unknown): Buffer<ArrayBuffer> {
  const parts: Part[] = [];
  if (!collect("", value, SPLIT_DEPTH, parts)) throw new TypeError("the value has no JSON text");
  const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + p.bytes, 0));
  let at = 0;
  for (const p of parts) at += out.write(p.text, at);
  return out;
}
