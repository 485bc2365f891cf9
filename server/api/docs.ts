import "server-only";
// The developers' page: each endpoint with its parameters (read from the generated OpenAPI document) and an
// example answered by the real API against the loaded data, so the documentation cannot drift from it.
import { API_BASE, ENDPOINTS } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/site/env";
import { handleApi } from "./handle";

export type ApiParam = { name: string; where: string; description: string };
export type ApiDocEntry = {
  path: string;
  summary: string;
  /** More to know, as the OpenAPI document says it: `code` spans marked with backticks. */
  description: string | null;
  params: ApiParam[];
  example: string;
  answer: string;
};

type Operation = { parameters?: { name: string; in: string; description?: string }[] };

const MAX_ANSWER = 1400;

export async function getApiDocs(): Promise<{ entries: ApiDocEntry[]; siteUrl: string }> {
  const siteUrl = getEnv().SITE_URL;
  const doc = openApiDocument(siteUrl) as { paths?: Record<string, { get?: Operation }> };
  const entries = await Promise.all(
    Object.values(ENDPOINTS)
      .filter((e) => e.path !== "/openapi.json")
      .map(async (e) => {
        const op = doc.paths?.[e.path || "/"]?.get;
        const params = (op?.parameters ?? []).map((p) => ({
          name: p.name,
          where: p.in,
          description: p.description ?? "",
        }));
        const example = `${API_BASE}${e.example}`;
        const res = await handleApi(new Request(`${siteUrl}${example}`));
        const body = await res.text();
        const isJson = (res.headers.get("content-type") ?? "").includes("json");
        const text = isJson ? JSON.stringify(JSON.parse(body), null, 2) : body;
        const answer = text.length > MAX_ANSWER ? `${text.slice(0, MAX_ANSWER)}\n…` : text;
        const description = "description" in e ? e.description : null;
        return { path: `${API_BASE}${e.path}`, summary: e.summary, description, params, example, answer };
      }),
  );
  return { entries, siteUrl };
}
