// The API's endpoints as data: path, query schema and response schema. The server's router and the OpenAPI
// document both read this table, so an endpoint cannot be served without being documented.
import { z } from "zod";
import { RESOURCE_NAMES } from "@/lib/dataset/data-package";
import {
  emptyQuery,
  entitySchema,
  observationSchema,
  observationsQuery,
  pageOf,
  pageQuery,
  seriesDetailSchema,
  seriesListQuery,
  seriesPath,
  searchQuery,
  searchResultSchema,
  seriesSchema,
  sourceWithCountSchema,
  topicSchema,
} from "./schemas";

export const API_BASE = "/api/v1";

/** Figures an observations page checks its filter on when no index narrows it (~3 ms at 10^6 figures). */
export const SCAN_WINDOW = 10_000;

export type Endpoint = {
  /** OpenAPI path template below API_BASE. */
  path: string;
  summary: string;
  /** What a client must know beyond the summary (OpenAPI operation description). */
  description?: string;
  query: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
  /** Whether `.csv` / `Accept: text/csv` is offered. */
  csv: boolean;
  /** False for a CSV-only download (its address ends in `.csv`). */
  json?: false;
  /** A request that runs against the real data, for the documentation page. */
  example: string;
};

export const indexSchema = z
  .object({ openapi: z.string(), endpoints: z.array(z.object({ path: z.string(), summary: z.string() })) })
  .meta({ id: "ApiIndex" });

export const ENDPOINTS = {
  index: {
    path: "",
    summary: "This list of endpoints and the OpenAPI document's address.",
    query: emptyQuery,
    response: indexSchema,
    csv: false,
    example: "",
  },
  series: {
    path: "/series",
    summary: "Series (what is measured, in which unit, about whom), filtered by topic, entity or unit.",
    query: seriesListQuery,
    response: pageOf(seriesSchema, "SeriesPage"),
    csv: true,
    example: "/series?entity=AM&limit=5",
  },
  seriesDetail: {
    path: "/series/{slug}",
    summary: "One series with every observation and the citations behind each.",
    query: emptyQuery,
    pathParams: seriesPath,
    response: seriesDetailSchema,
    csv: true,
    example: "/series/ru-am-trade-turnover",
  },
  observations: {
    path: "/observations",
    summary: "Observations with their bounds, periods, formulas and citations, filtered.",
    description:
      "Pages are in id order. Unless `series`, `source` or an entity of few series narrows the filter, each " +
      `page checks it on at most ${SCAN_WINDOW.toLocaleString("en")} figures after the cursor, so a page may hold ` +
      "fewer than `limit` figures, or none, and still have a `next`: follow `next` until it is null.",
    query: observationsQuery,
    response: pageOf(observationSchema, "ObservationPage"),
    csv: true,
    example: "/observations?series=ru-am-trade-turnover&from=2021&to=2024",
  },
  sources: {
    path: "/sources",
    summary: "The articles the figures are quoted from, with how many figures each gives.",
    query: pageQuery,
    response: pageOf(sourceWithCountSchema, "SourcePage"),
    csv: true,
    example: "/sources",
  },
  entities: {
    path: "/entities",
    summary: "Countries and organisations the series are about.",
    query: pageQuery,
    response: pageOf(entitySchema, "EntityPage"),
    csv: true,
    example: "/entities",
  },
  topics: {
    path: "/topics",
    summary: "What the series measure, with how many series each.",
    query: pageQuery,
    response: pageOf(topicSchema, "TopicPage"),
    csv: true,
    example: "/topics",
  },
  search: {
    path: "/search",
    summary: "Full-text search over series, entities, topics, sources and the quoted sentences.",
    query: searchQuery,
    response: searchResultSchema,
    csv: false,
    example: "/search?q=Gyumri&limit=3",
  },
  datapackage: {
    path: "/datapackage.json",
    summary:
      "The whole dataset as a Frictionless Tabular Data Package: this descriptor names one CSV per table, each with its Table Schema, keys and the articles cited.",
    query: emptyQuery,
    response: z.record(z.string(), z.unknown()).meta({ id: "DataPackage" }),
    csv: false,
    example: "/datapackage.json",
  },
  datapackageResource: {
    path: "/datapackage/{resource}.csv",
    summary: "One table of the Data Package as CSV (sources, series, observations, citations, …), whole.",
    query: emptyQuery,
    pathParams: z.object({ resource: z.enum(RESOURCE_NAMES).meta({ example: "observations" }) }),
    response: z.string(),
    csv: true,
    json: false,
    example: "/datapackage/citations.csv",
  },
  openapi: {
    path: "/openapi.json",
    summary: "This API's OpenAPI 3.1 document.",
    query: emptyQuery,
    response: z.record(z.string(), z.unknown()).meta({ id: "OpenApiDocument" }),
    csv: false,
    example: "/openapi.json",
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
