/** Something a search box can find: the label as the suggestion list shows it, and its code. */
export type Labelled = { label: string; code: string };

export type LabelIndex = {
  /** The entry whose label is exactly the text (any case): a suggestion the reader picked. */
  exact: (text: string) => Labelled | undefined;
  /** The entry a reader typing the text most likely means: exact, else the first label starting with it, else containing it. */
  best: (text: string) => Labelled | undefined;
};

/** The matching of the map's and the comparison's search boxes, in one place. */
export function labelIndex(entries: Labelled[]): LabelIndex {
  const keyed = entries.map((entry) => ({ entry, key: entry.label.toLowerCase() }));
  const byKey = new Map(keyed.map(({ entry, key }) => [key, entry]));
  const exact = (text: string) => byKey.get(text.trim().toLowerCase());
  return {
    exact,
    best: (text) => {
      const key = text.trim().toLowerCase();
      if (!key) return undefined;
      return (
        exact(key) ??
        keyed.find((candidate) => candidate.key.startsWith(key))?.entry ??
        keyed.find((candidate) => candidate.key.includes(key))?.entry
      );
    },
  };
}
