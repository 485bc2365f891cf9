"use client";

import { useEffect, useId, useRef, useState } from "react";

type Props = {
  text: string;
  label: string;
  /**
   * The id of an element on the page that shows `text` (an input, a textarea or a paragraph): when the
   * browser will not let us copy, it is selected for the reader to copy. Without one, the text is shown
   * in a field of its own beside the button.
   */
  targetId?: string;
};

type State = "idle" | "copied" | "manual";

/** Selects the text of an input, a textarea or any other element, so Ctrl+C / ⌘C copies it. */
function selectText(el: HTMLElement): void {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function writeClipboard(text: string): Promise<boolean> {
  // Missing outside secure contexts (plain http) and in some embedded browsers; rejected when denied.
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies text to the clipboard. Where the browser has no clipboard or refuses it, the text is selected
 * and the reader is told how to copy it: a copy button never fails silently.
 */
export function CopyButton({ text, label, targetId }: Props) {
  const [state, setState] = useState<State>("idle");
  const fallbackId = useId();
  const fallback = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);
  // "Copied" shows for two seconds, then the button reads as before.
  useEffect(() => {
    if (state !== "copied") return;
    timer.current = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer.current);
  }, [state]);
  useEffect(() => {
    if (state !== "manual") return;
    const target = targetId ? document.getElementById(targetId) : fallback.current;
    if (target) selectText(target);
    // The reader copied the selection by hand: say so, as for a copy by the button.
    const copied = () => setState("copied");
    document.addEventListener("copy", copied);
    return () => document.removeEventListener("copy", copied);
  }, [state, targetId]);

  async function copy() {
    setState((await writeClipboard(text)) ? "copied" : "manual");
  }

  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2 text-xs font-normal" data-copy-button>
      <button
        type="button"
        className="rounded border border-[var(--rule)] px-2 py-0.5"
        onClick={copy}
        aria-describedby={state === "manual" ? `${fallbackId}-how` : undefined}
      >
        {state === "copied" ? "Copied" : label}
      </button>
      <span role="status" className="text-[var(--muted)]" data-copy-status={state}>
        {state === "copied" ? <span className="sr-only">Copied to the clipboard</span> : null}
        {state === "manual" ? (
          <span id={`${fallbackId}-how`}>
            This browser did not let the page copy. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
          </span>
        ) : null}
      </span>
      {state === "manual" && !targetId ? (
        <textarea
          ref={fallback}
          readOnly
          rows={3}
          value={text}
          aria-label={label}
          className="block basis-full rounded border border-[var(--rule)] bg-transparent p-1.5 font-mono text-xs"
          spellCheck={false}
        />
      ) : null}
    </span>
  );
}
