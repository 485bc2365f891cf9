import type { ReactNode } from "react";
import { chartBibtex } from "@/lib/cite/bibtex";
import type { ChartSpec } from "@/lib/chart/types";
import { citationText } from "@/lib/cite/citation-text";
import type { DataStamp } from "@/lib/cite/data-stamp";
import { embedCode } from "@/lib/embed/embed-code";
import { getEnv } from "@/lib/site/env";
import { CopyButton } from "./copy-button";
import { CopyField, ShareLinks as Links } from "./share-fields";
import { routes } from "@/lib/site/routes";

type Props = { spec: ChartSpec; permalink: string; stamp?: DataStamp | null };

function Hint({ children }: { children: ReactNode }) {
  return <p className="mt-1 text-xs text-[var(--muted)]">{children}</p>;
}

/**
 * Everything needed to take a chart elsewhere with its sources: the embed code, images, data, citations
 * and a permalink. A disclosure, closed by default, and left out of print, where none of it can be used.
 */
export function SharePanel({ spec, permalink, stamp }: Props) {
  const id = (part: string) => `share-${spec.id}-${part}`;
  return (
    <details className="no-print mt-4 rounded border border-[var(--rule)] p-2 text-sm" data-share-panel={spec.id}>
      <summary className="cursor-pointer font-semibold">Share, embed or download this chart</summary>
      <div className="mt-3 space-y-4">
        <div>
          <CopyField
            id={id("embed")}
            label="Embed code"
            copyLabel="Copy embed code"
            text={embedCode({ spec, siteUrl: getEnv().SITE_URL, dataVersion: stamp?.version })}
            rows={4}
          />
          <Hint>
            The frame grows to fit the chart and its sources. Options go in the frame’s address, for example{" "}
            <code>/embed/{spec.id}?theme=dark&amp;footnotes=hide</code>: <code>theme</code> light (the default), dark,
            or auto to follow the reader’s system, <code>footnotes=hide</code> for a one-line source list,{" "}
            <code>height</code> in pixels for a fixed height that scrolls.
          </Hint>
        </div>
        <dl className="space-y-1">
          <Links
            label="Image"
            links={[
              { href: routes.chartFile(spec.id, "svg"), text: "SVG" },
              {
                href: routes.chartFile(spec.id, "svg", { text: "outlines" }),
                text: "SVG for Word or Inkscape (text as outlines)",
              },
              { href: routes.chartFile(spec.id, "png"), text: "PNG" },
              {
                href: routes.chartFile(spec.id, "png", { width: "16cm", dpi: 300 }),
                text: "PNG for print (16 cm, 300 dpi)",
              },
              { href: routes.chartFile(spec.id, "pdf"), text: "PDF (16 cm)" },
              { href: routes.chartFile(spec.id, "pdf", { page: "a4" }), text: "PDF on A4" },
            ]}
          />
          <Links
            label="Data"
            links={[
              { href: routes.chartFile(spec.id, "csv"), text: "CSV" },
              { href: routes.chartFile(spec.id, "json"), text: "JSON" },
            ]}
          />
        </dl>
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">Citation</span>
          <CopyButton text={citationText(spec, permalink, stamp)} label="Copy citation" />
        </div>
        <div>
          <CopyField id={id("bibtex")} label="BibTeX" copyLabel="Copy BibTeX" text={chartBibtex(spec)} rows={6} />
          <Hint>One entry per article the chart draws on; an inferred publication date is marked in the note.</Hint>
        </div>
        <CopyField id={id("permalink")} label="Permalink" copyLabel="Copy link" text={permalink} />
      </div>
    </details>
  );
}
