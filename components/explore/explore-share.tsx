import type { ReactNode } from "react";
import { CopyButton } from "../copy-button";

type Link = { href: string; text: string };
type Props = { embedCode: string; citation: string; bibtex: string; permalink: string; images: Link[]; data: Link[] };

function Field({
  id,
  label,
  copyLabel,
  text,
  rows,
}: {
  id: string;
  label: string;
  copyLabel: string;
  text: string;
  rows?: number;
}) {
  const field = "mt-1 w-full rounded border border-[var(--rule)] bg-transparent p-1.5 font-mono text-xs";
  return (
    <div>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        <CopyButton text={text} label={copyLabel} />
      </div>
      {rows === undefined ? (
        <input id={id} type="url" readOnly value={text} className={field} />
      ) : (
        <textarea id={id} readOnly rows={rows} value={text} className={field} spellCheck={false} />
      )}
    </div>
  );
}

function Links({ label, links }: { label: string; links: Link[] }): ReactNode {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3">
      <dt className="font-semibold">{label}</dt>
      {links.map((l) => (
        <dd key={l.href}>
          <a href={l.href}>{l.text}</a>
        </dd>
      ))}
    </div>
  );
}

/** What a built-in chart's share panel offers, for an explorer state: embed code, files, citation, permalink. */
export function ExploreShare({ embedCode, citation, bibtex, permalink, images, data }: Props) {
  return (
    <details className="no-print mt-4 rounded border border-[var(--rule)] p-2 text-sm" data-share-panel="explore" open>
      <summary className="cursor-pointer font-semibold">Share, embed or download this chart</summary>
      <div className="mt-3 space-y-4">
        <Field id="share-explore-embed" label="Embed code" copyLabel="Copy embed code" text={embedCode} rows={4} />
        <dl className="space-y-1">
          <Links label="Image" links={images} />
          <Links label="Data" links={data} />
        </dl>
        <Field id="share-explore-citation" label="Citation" copyLabel="Copy citation" text={citation} rows={3} />
        <Field id="share-explore-bibtex" label="BibTeX" copyLabel="Copy BibTeX" text={bibtex} rows={6} />
        <Field id="share-explore-permalink" label="Permalink" copyLabel="Copy link" text={permalink} />
      </div>
    </details>
  );
}
