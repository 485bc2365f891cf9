// JSON as UTF-8 bytes without one string of the whole answer. On Node.js 20 a string from JSON.stringify
// past ~64K characters is a tree of parts that encoding must first flatten: 1.5–1.9 ms to encode a 100 KB
// page of figures (a third of the request), against 0.5–0.8 ms for its items stringified and written one by
// one (bench/json-bytes.ts). The bytes are JSON.stringify's own: each part is JSON.stringify of a value,
// joined as JSON.stringify joins them.

/** How deep objects and arrays are taken apart: the answer, its list, the list's items. */
const SPLIT_DEPTH = 2;

type Part = { text: string; bytes: number };

function push(parts: Part[], text: string): void {
  parts.push({ text, bytes: Buffer.byteLength(text) });
}

/** JSON.stringify's text of `value` as parts; false when it has none (undefined, a function, a symbol). */
function collect(value: unknown, depth: number, parts: Part[]): boolean {
  const splits =
    depth > 0 &&
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
  if (!splits) {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    push(parts, text);
    return true;
  }
  if (Array.isArray(value)) {
    push(parts, "[");
    // An index loop, not forEach: a hole is null in JSON, and forEach skips it.
    for (let i = 0; i < value.length; i++) {
      if (i > 0) push(parts, ",");
      if (!collect(value[i] as unknown, depth - 1, parts)) push(parts, "null");
    }
    push(parts, "]");
    return true;
  }
  push(parts, "{");
  let first = true;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const at = parts.length;
    push(parts, `${first ? "" : ","}${JSON.stringify(key)}:`);
    if (collect(item, depth - 1, parts)) first = false;
    else parts.length = at;
  }
  push(parts, "}");
  return true;
}

/** UTF-8 bytes of JSON.stringify(value); a value JSON cannot hold (undefined) is an error. */
export function jsonBytes(value: unknown): Buffer<ArrayBuffer> {
  const parts: Part[] = [];
  if (!collect(value, SPLIT_DEPTH, parts)) throw new TypeError("the value has no JSON text");
  const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + p.bytes, 0));
  let at = 0;
  for (const p of parts) at += out.write(p.text, at);
  return out;
}
