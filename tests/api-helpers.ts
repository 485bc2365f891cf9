// Calling the API's front door in-process, and checking bodies against the OpenAPI document's schemas.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";

export const BASE = "http://127.0.0.1:3250";

type Doc = {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
  components: unknown;
};

export function schemaChecker(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "doc", components: doc.components });
  const cache = new Map<string, ValidateFunction>();
  let serial = 0;
  return (path: string, status: number, mediaType: string, body: unknown): string | null => {
    const response = doc.paths[path]?.get.responses[String(status)];
    const schema = response?.content?.[mediaType]?.schema;
    if (!schema) return `no schema declared for ${path} ${status} ${mediaType}`;
    const key = `${path} ${status} ${mediaType}`;
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile({ $id: `r${serial++}`, $ref: "#/$defs/x", $defs: { x: rebase(schema) } });
      cache.set(key, validate);
    }
    return validate(body) ? null : ajv.errorsText(validate.errors);
  };
}

/** Schemas in the document refer to "#/components/…"; inside a wrapper they must name the document. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"doc#/components/'));
}

/** The OpenAPI path template an address is served by. */
export function templateOf(pathname: string): string {
  const rest = pathname.replace(/^\/api\/v1/, "").replace(/\.csv$/, "");
  if (rest === "" || rest === "/") return "/";
  if (rest.startsWith("/datapackage/")) return "/datapackage/{resource}.csv";
  return rest.startsWith("/series/") ? "/series/{slug}" : rest;
}
