/** What an export link asks for, in the API's parameter names; an absent value is left out of the URL. */
export type ExportQuery = {
  indicator: string;
  period?: string | undefined;
  compare?: string | undefined;
  classes?: string | undefined;
  region?: string | string[] | undefined;
  /** The language of the file; without it, the reader's (the language cookie). */
  lang?: string | undefined;
};

export function exportSearch(query: ExportQuery): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text) search.set(name, text);
  }
  return search.toString();
}

/** `/api/v1/figures/map.png?indicator=…`: the address of a figure file. */
export function figureHref(kind: 'map' | 'trend' | 'histogram', format: 'png' | 'svg', query: ExportQuery) {
  return `/api/v1/figures/${kind}.${format}?${exportSearch(query)}`;
}
