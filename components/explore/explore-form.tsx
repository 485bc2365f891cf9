import { MAX_SERIES, TEXT_LIMITS, withoutSeries, serialiseExploreState, type ExploreState } from "@/lib/explore/state";
import { routes } from "@/lib/site/routes";
import { SERIES_LIST_ID } from "./ids";
import { SeriesPicker } from "./series-picker";

type Chosen = { slug: string; title: string; unitLabel: string };
type Props = { state: ExploreState; chosen: Chosen[]; choices: Chosen[] | null; typed: string };

const field = "mt-1 w-full rounded border border-[var(--rule)] bg-transparent px-2 py-1";

function TextField({ name, label, value }: { name: keyof typeof TEXT_LIMITS; label: string; value: string }) {
  const limit = TEXT_LIMITS[name];
  return (
    <div>
      <label htmlFor={`explore-${name}`} className="block font-semibold">
        {label} <span className="text-xs font-normal text-[var(--muted)]">(plain text, up to {limit} characters)</span>
      </label>
      {name === "note" ? (
        <textarea
          key={value}
          id={`explore-${name}`}
          name={name}
          maxLength={limit}
          defaultValue={value}
          rows={2}
          className={field}
        />
      ) : (
        <input
          key={value}
          id={`explore-${name}`}
          name={name}
          type="text"
          maxLength={limit}
          defaultValue={value}
          className={field}
        />
      )}
    </div>
  );
}

/**
 * The explorer's controls: a plain GET form, so everything works without JavaScript (the server redirects
 * the form's fields to the canonical URL); the series picker is the only script, and only enhances it.
 */
export function ExploreForm({ state, chosen, choices, typed }: Props) {
  return (
    <form
      method="get"
      action={routes.explore()}
      className="mt-4 space-y-4 rounded border border-[var(--rule)] p-3 text-sm no-print"
    >
      {/* The target of the series links: a keyboard reader goes on from here after a series is removed or added. */}
      <fieldset id={SERIES_LIST_ID} tabIndex={-1}>
        <legend className="font-semibold">
          Series ({chosen.length} of at most {MAX_SERIES})
        </legend>
        {chosen.length === 0 ? <p className="text-[var(--muted)]">None yet: add one below.</p> : null}
        <ul className="mt-1 space-y-1" data-chosen>
          {chosen.map((c) => (
            <li key={c.slug} data-slug={c.slug}>
              <input type="hidden" name="series" value={c.slug} />
              {c.title} <span className="text-[var(--muted)]">· {c.unitLabel}</span>{" "}
              <a
                href={`${routes.explore(serialiseExploreState(withoutSeries(state, c.slug)))}#${SERIES_LIST_ID}`}
                aria-label={`Remove ${c.title}`}
              >
                Remove
              </a>
            </li>
          ))}
        </ul>
      </fieldset>
      <SeriesPicker chosen={state.series} full={chosen.length >= MAX_SERIES} />
      {choices ? (
        <section aria-label="Matching series">
          <p className="font-semibold">
            {choices.length ? `Series matching “${typed}”: choose one` : `No series matches “${typed}”.`}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {choices.map((c) => (
              <li key={c.slug}>
                <a
                  href={`${routes.explore(serialiseExploreState({ ...state, series: [...state.series, c.slug] }))}#${SERIES_LIST_ID}`}
                >
                  {c.title}
                </a>{" "}
                <span className="text-[var(--muted)]">· {c.unitLabel}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="font-semibold">Years (leave empty for all)</legend>
        <div>
          <label htmlFor="explore-from">From</label>
          <input
            key={`from-${state.from}`}
            id="explore-from"
            name="from"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            defaultValue={state.from ?? ""}
            className={`${field} w-28`}
          />
        </div>
        <div>
          <label htmlFor="explore-to">To</label>
          <input
            key={`to-${state.to}`}
            id="explore-to"
            name="to"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            defaultValue={state.to ?? ""}
            className={`${field} w-28`}
          />
        </div>
      </fieldset>
      <TextField name="title" label="Title" value={state.title} />
      <TextField name="subtitle" label="Subtitle" value={state.subtitle} />
      <TextField name="note" label="Note" value={state.note} />
      <p className="text-xs text-[var(--muted)]">
        The sources, bounds, derived marks and how to cite come from the data and always travel with the chart.
      </p>
      <button type="submit" className="rounded border border-[var(--rule)] px-3 py-1 font-semibold">
        Show chart
      </button>
    </form>
  );
}
