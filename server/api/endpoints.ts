import "server-only";
// One function per API endpoint: validate the query, read one page, map model objects to the API's JSON.
import { idExists, knownIds, listEntities, listMeasures, listSeries, listSources } from "@/db/queries/api-lists";
import { listObservations, type NamedId } from "@/db/queries/observation-page";
import { fetchSeriesData } from "@/db/queries/series";
import { observationsTable, recordsTable } from "@/lib/api/csv";
import { cursorScope, decodeCursor, encodeCursor, type CursorKey } from "@/lib/api/cursor";
import { API_BASE, ENDPOINTS, type EndpointName } from "@/lib/api/endpoints";
import { toEntityJson, toObservationJson, toSeriesJson, toSourceJson } from "@/lib/api/observation-json";
import { openApiDocument } from "@/lib/api/openapi";
import { ApiProblem, didYouMean } from "@/lib/api/problem";
import { DEFAULT_LIMIT } from "@/lib/api/schemas";
import { parsePeriod } from "@/lib/model/period";
import { getEnv } from "@/lib/site/env";
import { routes } from "@/lib/site/routes";
import { markedHit } from "@/lib/search/marked-hit";
import { searchScoped } from "../search";
import { datapackage, datapackageResource } from "./data-package";
import { clip, parseQuery } from "./query";
import type { ApiResult } from "./respond";
import { extend } from "@/lib/util/extend";

type Ctx = { params: URLSearchParams; path: Record<string, string> };

function nextLink(ctx: Ctx, path: string, key: CursorKey | null): string | null {
  if (!key) return null;
  const query = new URLSearchParams(ctx.params);
  query.set("cursor", encodeCursor(key, cursorScope(path, ctx.params)));
  return routes.api(path, query);
}

/** The key of the page's cursor, if any: one made by nextLink for this path and these filters. */
function after(ctx: Ctx, cursor: string | undefined, path: string, shape: string): CursorKey | null {
  return cursor ? decodeCursor(cursor, shape, cursorScope(path, ctx.params)) : null;
}

async function mustExist(kind: NamedId["kind"], id: string): Promise<void> {
  if (!(await idExists(kind, id))) await unknownId({ kind, id });
}

async function unknownId({ kind, id }: NamedId): Promise<never> {
  const guess = didYouMean(id, await knownIds(kind));
  throw new ApiProblem(422, `unknown ${kind} '${clip(id)}'${guess ? `; did you mean '${guess}'?` : ""}`);
}

const SERIES_COLUMNS = ["slug", "title", "unit", "measure", "topic", "description", "entities", "url"];

async function series(ctx: Ctx): Promise<ApiResult> {
  const q = parseQuery(ENDPOINTS.series.query, ctx.params);
  if (q.entity) await mustExist("entity", q.entity);
  const key = after(ctx, q.cursor, "/series", "ns") as [number, string] | null;
  const page = await listSeries({ topic: q.topic, entity: q.entity, unit: q.unit }, key, q.limit ?? DEFAULT_LIMIT);
  const data = page.items.map((s) => toSeriesJson(s, routes.apiSeries(s.slug)));
  return {
    json: { data, next: nextLink(ctx, "/series", page.next) },
    table: () => recordsTable(data, SERIES_COLUMNS),
  };
}

async function seriesDetail(ctx: Ctx): Promise<ApiResult> {
  parseQuery(ENDPOINTS.seriesDetail.query, ctx.params);
  const slug = ctx.path.slug ?? "";
  const valid = ENDPOINTS.seriesDetail.pathParams.safeParse(ctx.path).success;
  const [found] = valid ? await fetchSeriesData([slug]) : [];
  if (!found) {
    const guess = didYouMean(slug.toLowerCase(), await knownIds("series"));
    throw new ApiProblem(404, `unknown series '${clip(slug)}'${guess ? `; did you mean '${guess}'?` : ""}`);
  }
  const observations = found.observations.map((o) => toObservationJson(o, found.unit));
  return {
    json: extend(toSeriesJson(found, routes.apiSeries(found.slug)), { observations }),
    table: () => observationsTable(observations),
  };
}

async function observations(ctx: Ctx): Promise<ApiResult> {
  const q = parseQuery(ENDPOINTS.observations.query, ctx.params);
  const slugs = q.series ? [...new Set(q.series.split(","))] : undefined;
  if (slugs && slugs.length > 50) throw new ApiProblem(400, "query parameter 'series' names more than 50 series");
  const from = q.from ? parsePeriod(q.from)?.start : undefined;
  const to = q.to ? parsePeriod(q.to)?.end : undefined;
  if (from && to && from > to) throw new ApiProblem(422, `'from' (${q.from}) is after 'to' (${q.to})`);
  const key = after(ctx, q.cursor, "/observations", "s");
  // The ids named must exist (422 for the first that does not: series, then entity, then source); they
  // are checked in the page's read, one round trip to a server for both.
  const named: NamedId[] = [
    ...(slugs ?? []).map((id) => ({ kind: "series" as const, id })),
    ...(q.entity ? [{ kind: "entity" as const, id: q.entity }] : []),
    ...(q.source ? [{ kind: "source" as const, id: q.source }] : []),
  ];
  const filter = { series: slugs, entity: q.entity, from, to, bound: q.bound, source: q.source };
  const page = await listObservations(filter, key ? String(key[0]) : null, q.limit ?? DEFAULT_LIMIT, named);
  if (page.missing) await unknownId(page.missing);
  const data = page.items.map(({ observation, unit }) => toObservationJson(observation, unit));
  return {
    json: { data, next: nextLink(ctx, "/observations", page.next === null ? null : [page.next]) },
    table: () => observationsTable(data),
  };
}

const SOURCE_COLUMNS = ["id", "title", "author", "publication", "publisher", "published", "url", "figureCount"];

async function sources(ctx: Ctx): Promise<ApiResult> {
  const q = parseQuery(ENDPOINTS.sources.query, ctx.params);
  const key = after(ctx, q.cursor, "/sources", "ns") as [number, string] | null;
  const page = await listSources(key, q.limit ?? DEFAULT_LIMIT);
  const data = page.items.map((s) => extend(toSourceJson(s.source), { figureCount: s.figureCount }));
  return { json: { data, next: nextLink(ctx, "/sources", page.next) }, table: recordsTable(data, SOURCE_COLUMNS) };
}

async function entities(ctx: Ctx): Promise<ApiResult> {
  const q = parseQuery(ENDPOINTS.entities.query, ctx.params);
  const key = after(ctx, q.cursor, "/entities", "s");
  const page = await listEntities(key ? String(key[0]) : null, q.limit ?? DEFAULT_LIMIT);
  const data = page.items.map((e) => toEntityJson(e.entity, e.seriesCount));
  const next = nextLink(ctx, "/entities", page.next === null ? null : [page.next]);
  return { json: { data, next }, table: recordsTable(data, ["id", "name", "kind", "iso", "seriesCount"]) };
}

async function topics(ctx: Ctx): Promise<ApiResult> {
  const q = parseQuery(ENDPOINTS.topics.query, ctx.params);
  const key = after(ctx, q.cursor, "/topics", "s");
  const page = await listMeasures(key ? String(key[0]) : null, q.limit ?? DEFAULT_LIMIT);
  const next = nextLink(ctx, "/topics", page.next === null ? null : [page.next]);
  return { json: { data: page.items, next }, table: recordsTable(page.items, ["id", "seriesCount"]) };
}

async function searchEndpoint(ctx: Ctx): Promise<ApiResult> {
  const q = parseQuery(ENDPOINTS.search.query, ctx.params);
  const { hits, rankedAmong } = await searchScoped(q.q, q.limit ?? 20);
  const data = hits.map((h) => {
    const marked = markedHit(h.snippet, h.heading, h.series.title);
    const reason = { snippet: marked.body, titleSnippet: marked.title, foundIn: marked.elsewhere };
    return h.kind === "series"
      ? { kind: h.kind, ...reason, series: toSeriesJson(h.series, routes.apiSeries(h.series.slug)) }
      : {
          kind: h.kind,
          ...reason,
          citationId: h.citation.id,
          seriesTitle: h.series.title,
          observation: toObservationJson(h.observation, h.series.unit),
        };
  });
  const partial = rankedAmong === null ? {} : { partial: { firstMatches: rankedAmong, order: "index" as const } };
  return { json: { data, ...partial }, table: null };
}

async function index(ctx: Ctx): Promise<ApiResult> {
  parseQuery(ENDPOINTS.index.query, ctx.params);
  const endpoints = Object.values(ENDPOINTS).map((e) => ({ path: `${API_BASE}${e.path}`, summary: e.summary }));
  return { json: { openapi: routes.api("/openapi.json"), endpoints }, table: null };
}

async function openapi(ctx: Ctx): Promise<ApiResult> {
  parseQuery(ENDPOINTS.openapi.query, ctx.params);
  return { json: openApiDocument(getEnv().SITE_URL), table: null };
}

export const HANDLERS: Record<EndpointName, (ctx: Ctx) => Promise<ApiResult>> = {
  index,
  series,
  seriesDetail,
  observations,
  sources,
  entities,
  topics,
  search: searchEndpoint,
  datapackage,
  datapackageResource,
  openapi,
};
