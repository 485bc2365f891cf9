// Formulas of derived figures: observation references in braces, numbers, + - * / and parentheses.
// A tiny parser of our own rather than a general expression library: it can only do arithmetic, so a
// data file can never run code.

type Token = { kind: "num"; value: number } | { kind: "ref"; id: string } | { kind: "op"; op: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|\{([^{}]+)\}|([-+*/()]))/y;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`unexpected character at ${at}: '${formula.slice(at, at + 10)}'`);
    if (m[1] !== undefined) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: "ref", id: m[2].trim() });
    else tokens.push({ kind: "op", op: m[3] ?? "" });
  }
  return tokens;
}

/** The observation ids a formula reads, in order of first use. */
export function formulaInputs(formula: string): string[] {
  return [...new Set(tokenize(formula).flatMap((t) => (t.kind === "ref" ? [t.id] : [])))];
}

/** Evaluates a formula; throws with a reason on bad syntax or an unknown reference. */
export function evaluateFormula(formula: string, lookup: (id: string) => number | undefined): number {
  const tokens = tokenize(formula);
  let i = 0;
  const isOp = (op: string) => {
    const t = tokens[i];
    return t?.kind === "op" && t.op === op;
  };
  const primary = (): number => {
    const t = tokens[i++];
    if (!t) throw new Error("formula ends too early");
    if (t.kind === "num") return t.value;
    if (t.kind === "ref") {
      const v = lookup(t.id);
      if (v === undefined) throw new Error(`unknown observation {${t.id}}`);
      return v;
    }
    if (t.op === "-") return -primary();
    if (t.op !== "(") throw new Error(`unexpected '${t.op}'`);
    const v = sum();
    if (!isOp(")")) throw new Error("missing ')'");
    i++;
    return v;
  };
  const product = (): number => {
    let v = primary();
    while (isOp("*") || isOp("/")) {
      const times = isOp("*");
      i++;
      v = times ? v * primary() : v / primary();
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (isOp("+") || isOp("-")) {
      const plus = isOp("+");
      i++;
      v = plus ? v + product() : v - product();
    }
    return v;
  };
  const result = sum();
  if (i !== tokens.length) throw new Error("unexpected text after the formula");
  return result;
}
