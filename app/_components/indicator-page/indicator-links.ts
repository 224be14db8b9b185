/** The page of an indicator in a periode. */
export const indicatorHref = (id: string, period: string | undefined) =>
  period ? `/indikator/${id}?periode=${period}` : `/indikator/${id}`;

/** The map of an indicator in a periode. */
export const indicatorMapHref = (id: string, period: string | undefined) =>
  period ? `/peta?indikator=${id}&periode=${period}` : `/peta?indikator=${id}`;

/** How the pages style a link in running text. */
export const TEXT_LINK =
  'font-medium text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';
