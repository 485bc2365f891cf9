// The line above the search page's results: how many there are, and what was left out of the search.

type Status = {
  q: string;
  /** Results shown, and whether there were more than those. */
  shown: number;
  more: boolean;
  /** Non-null when the results are the first found in index order among more than this many, not the best. */
  rankedAmong: number | null;
  /** The characters searched, when the text was cut to them. */
  cutTo: number | null;
};

export function searchStatus({ q, shown, more, rankedAmong, cutTo }: Status): string {
  const count =
    shown === 0
      ? `No figure, series or source matches “${q}”.`
      : rankedAmong !== null
        ? `${shown} results for “${q}”.`
        : more
          ? `The ${shown} best of more than ${shown} results for “${q}”: add a word to narrow them.`
          : `${shown} result${shown === 1 ? "" : "s"} for “${q}”.`;
  const cut = cutTo === null ? "" : ` Only the first ${cutTo} characters were searched.`;
  const first =
    rankedAmong === null
      ? ""
      : ` These words are in more than ${rankedAmong} entries: these are the first found, not the best; add a word to narrow them.`;
  return `${count}${cut}${first}`;
}
