import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { routes } from "@/lib/site/routes";
import { getApiDocs } from "@/server/api/docs";

export const metadata: Metadata = {
  title: "Data API",
  description: "A read-only JSON and CSV API to every figure, with its bounds, period and sources.",
};

export default async function DevelopersPage() {
  const { entries, siteUrl } = await getApiDocs();
  return (
    <article className="max-w-4xl">
      <h1 className="text-2xl font-semibold">Data API</h1>
      <p className="mt-1 text-[var(--muted)]">
        Every figure on this site, read-only, with its bound (“at most”, “about”), its period, how a derived figure was
        computed, and the exact sentences it comes from. JSON by default; CSV with <code>Accept: text/csv</code> or a{" "}
        <code>.csv</code> suffix. Lists are paged: follow <code>next</code>. Answers carry an ETag, any origin may read
        them, and errors are RFC 9457 <code>application/problem+json</code>.
      </p>
      <p className="mt-2">
        Machine-readable description: <PageLink href={routes.api("/openapi.json")}>OpenAPI 3.1 document</PageLink>.
      </p>
      <p className="mt-2" id="download">
        The whole dataset in one download:{" "}
        <PageLink href={routes.dataPackage()}>Data Package descriptor (datapackage.json)</PageLink>, a Frictionless
        Tabular Data Package of CSV tables (articles, series, figures, citations with their sentences, inputs of derived
        figures), each described by a Table Schema with its keys. Load it with any Frictionless tool, or open the tables
        in a spreadsheet: one row per figure, so totals never double-count.
      </p>
      {entries.map((e) => (
        <section key={e.path} className="mt-6 border-t border-[var(--rule)] pt-4">
          <h2 className="font-mono text-lg font-semibold">GET {e.path || "/"}</h2>
          <p>{e.summary}</p>
          {e.description && (
            <p className="mt-1 text-sm">
              {e.description.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}
            </p>
          )}
          {e.params.length > 0 && (
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
              {e.params.map((p) => (
                <div key={p.name} className="contents">
                  <dt className="font-mono">
                    {p.name}
                    {p.where === "path" ? " (path)" : ""}
                  </dt>
                  <dd className="text-[var(--muted)]">{p.description}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="mt-2 text-sm">
            Example: <PageLink href={e.example}>{e.example}</PageLink>
          </p>
          <pre className="mt-1 overflow-x-auto rounded bg-[var(--rule)]/30 p-2 text-xs">
            <code>{`curl -s '${siteUrl}${e.example}'\n\n${e.answer}`}</code>
          </pre>
        </section>
      ))}
    </article>
  );
}
