// The OpenAPI 3.1 document, generated from the endpoint table and its zod schemas (never written by hand).
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import { API_BASE, ENDPOINTS, type Endpoint } from "./endpoints";
import { problemSchema } from "./schemas";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

const ERRORS = {
  "400": problem("A malformed parameter, an unknown parameter or an invalid cursor."),
  "404": problem("No such resource."),
  "405": problem("Only GET, HEAD and OPTIONS: the API is read-only."),
  "406": problem("The Accept header allows neither application/json nor text/csv."),
  "422": problem("A well-formed filter naming something that does not exist (with a suggestion)."),
  "503": problem("The database is unavailable; retry after the Retry-After header's seconds."),
};

const csvBody = z.string().meta({ description: "One row per item; citations in numbered columns." });

function operation(e: Endpoint): ZodOpenApiOperationObject {
  const content = {
    ...(e.json === false ? {} : { "application/json": { schema: e.response } }),
    ...(e.csv ? { "text/csv": { schema: csvBody } } : {}),
  };
  return {
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    requestParams: { query: e.query, ...(e.pathParams ? { path: e.pathParams } : {}) },
    responses: {
      "200": { description: "OK. Carries an ETag; Cache-Control allows shared caching.", content },
      "304": { description: "Not modified (If-None-Match matched the ETag)." },
      ...ERRORS,
    },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const e of Object.values(ENDPOINTS)) {
    paths[e.path || "/"] = { get: operation(e) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Caucasus Flows data API",
      version: "1.0.0",
      description:
        "Read-only figures quoted from analytical articles, each with its bound, period, derivation and the " +
        "exact sentences it comes from. JSON by default; CSV with `Accept: text/csv` or a `.csv` suffix.",
    },
    servers: [{ url: `${serverUrl}${API_BASE}` }],
    paths,
  });
}
