'use client';

import { LineChart } from '@tremor/react';
import type { IndicatorKind } from '@/lib/indicators/catalogue';

type TrendChartProps = {
  data: Record<string, string | number | null>[];
  categories: string[];
  kind: IndicatorKind;
  numberLocale: 'id-ID' | 'en-GB';
  label: string;
  legendLabel: string;
};

// Jakarta in dark slate, the kota in colours that stay apart for colour-blind readers (after Okabe and Ito).
const COLORS = ['slate', 'blue', 'orange', 'sky', 'emerald', 'yellow', 'pink'];

/** Jakarta and its kota over all periods; the leaf that draws, with values already computed on the server. */
export function TrendChart({ data, categories, kind, numberLocale, label, legendLabel }: TrendChartProps) {
  const highest = Math.max(
    ...data
      .flatMap((row) => categories.map((category) => row[category]))
      .filter((v) => typeof v === 'number'),
  );
  // A share near 100% keeps its axis at 100%, not at a rounder number above it.
  const maxValue = kind === 'percent' && highest > 90 ? 100 : undefined;
  const format = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: kind === 'count' ? 0 : 1 });
  return (
    <>
      {/* Tremor's own legend fails the accessibility scan (list items outside a list): a plain list instead. */}
      <ul
        className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-tremor-label text-tremor-content"
        aria-label={legendLabel}
      >
        {categories.map((category, index) => (
          <li key={category} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`inline-block h-2.5 w-2.5 rounded-full bg-${COLORS[index % COLORS.length]}-500`}
            />
            {category}
          </li>
        ))}
      </ul>
      <figure className="mt-2">
        <figcaption className="sr-only">{label}</figcaption>
        <LineChart
          className="h-72"
          data={data}
          index="period"
          categories={categories}
          colors={COLORS}
          valueFormatter={(value) => `${format.format(value)}${kind === 'percent' ? '%' : ''}`}
          yAxisWidth={64}
          connectNulls={false}
          autoMinValue
          maxValue={maxValue}
          showLegend={false}
        />
      </figure>
    </>
  );
}
