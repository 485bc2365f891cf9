"use client";
// The explorer's type-ahead: an ARIA combobox over the plain text input of the explorer's GET form. Without
// JavaScript the input is submitted as `add` and the server adds the series it names or lists the matches;
// with it, suggestions appear while typing (/explore/suggest), arrow keys move through them and Enter adds
// the chosen one, keeping whatever else the form holds, by navigating to the canonical URL (so back works).
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { parseExploreState, serialiseExploreState, withSeries } from "@/lib/explore/state";
import { routes } from "@/lib/site/routes";
import { SERIES_LIST_ID } from "./ids";

type Choice = { slug: string; title: string; unit: string; topic: string };
type Props = { chosen: string[]; full: boolean };

function formQuery(form: HTMLFormElement | null, slug: string): string {
  const params = new URLSearchParams();
  if (form) for (const [k, v] of new FormData(form)) if (typeof v === "string" && k !== "add") params.append(k, v);
  const { state } = parseExploreState(params);
  return serialiseExploreState(withSeries(state, slug));
}

export function SeriesPicker({ chosen, full }: Props) {
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [choices, setChoices] = useState<Choice[]>([]);
  // The chosen option by slug, not position: a later answer for the same words keeps the reader's place.
  const [activeSlug, setActiveSlug] = useState<string | null>(null);
  const active = choices.findIndex((c) => c.slug === activeSlug);
  const [status, setStatus] = useState("");

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(routes.exploreSuggest(q), { signal: abort.signal })
        .then((r) => (r.ok ? (r.json() as Promise<Choice[]>) : []))
        .then((list) => {
          const open = list.filter((c) => !chosen.includes(c.slug));
          setChoices(open);
          setStatus(open.length ? `${open.length} series found; use the arrow keys to choose` : "No series found");
        })
        .catch(() => undefined);
    }, 120);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text, chosen]);

  // A series link lands on the list of series (#explore-series): the keyboard goes on from there, also
  // if hydrating lost the browser's focus on it; a reader who has already moved on is left where they are.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && window.location.hash === `#${SERIES_LIST_ID}`) document.getElementById(SERIES_LIST_ID)?.focus();
  }, []);

  function pick(c: Choice) {
    setChoices([]);
    setText("");
    setStatus(`Added ${c.title}`);
    router.push(routes.explore(formQuery(input.current?.form ?? null, c.slug)), { scroll: false });
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = choices.length;
    const move = (to: number) => setActiveSlug(choices[to]?.slug ?? null);
    if (e.key === "ArrowDown" && n) move((active + 1) % n);
    else if (e.key === "ArrowUp" && n) move(active <= 0 ? n - 1 : active - 1);
    else if (e.key === "Escape") setChoices([]);
    else if (e.key === "Enter" && active >= 0 && choices[active]) pick(choices[active]);
    else return;
    e.preventDefault();
  }

  const open = text.trim().length >= 2 && choices.length > 0;
  const listId = `${id}-list`;
  return (
    <div className="relative">
      <label htmlFor="explore-add" className="block font-semibold">
        Add a series
      </label>
      <p id={`${id}-hint`} className="text-xs text-[var(--muted)]">
        {full
          ? "Six series at most: remove one to add another."
          : "Type a title, country or topic, e.g. “arms”, “Iran”, “trade”."}
      </p>
      <input
        ref={input}
        id="explore-add"
        name="add"
        type="text"
        autoComplete="off"
        maxLength={100}
        disabled={full}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        className="mt-1 w-full max-w-md rounded border border-[var(--rule)] bg-transparent px-2 py-1"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching series"
        hidden={!open}
        className="absolute z-10 mt-1 w-full max-w-md rounded border border-[var(--rule)] bg-[var(--bg)] shadow"
      >
        {choices.map((c, i) => (
          <li
            key={c.slug}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            data-slug={c.slug}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
            className={`cursor-pointer px-2 py-1 text-sm ${i === active ? "bg-[var(--highlight)]" : ""}`}
          >
            {c.title}{" "}
            <span className="text-[var(--muted)]">
              · {c.unit} · {c.topic}
            </span>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
