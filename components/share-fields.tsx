// The pieces of a share panel, shared by built-in charts (share-panel.tsx) and explorer states
// (explore/explore-share.tsx), so both offer and label the same things the same way.
import { CopyButton } from "./copy-button";

export type ShareLink = { href: string; text: string };

type FieldProps = { id: string; label: string; copyLabel: string; text: string; rows?: number };

/** A labelled read-only field with a copy button; the button selects the field when the clipboard is refused. */
export function CopyField({ id, label, copyLabel, text, rows }: FieldProps) {
  const field = "w-full rounded border border-[var(--rule)] bg-transparent p-1.5 font-mono text-xs";
  return (
    <div>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        <CopyButton text={text} label={copyLabel} targetId={id} />
      </div>
      {rows === undefined ? (
        <input id={id} type="url" readOnly value={text} className={`mt-1 ${field}`} />
      ) : (
        <textarea id={id} readOnly rows={rows} value={text} className={`mt-1 ${field}`} spellCheck={false} />
      )}
    </div>
  );
}

/** One row of a definition list of download links ("Image: SVG PNG …"). */
export function ShareLinks({ label, links }: { label: string; links: ShareLink[] }) {
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
