'use client';

import type { SortState } from '@/lib/sort-keys';

export type SortColumn<Column extends string> = { column: Column; label: string; numeric?: boolean };

/**
 * The heading of a sortable column: a button that sorts by it (or turns the order round), with the
 * order told to screen readers through `aria-sort` and shown with an arrow.
 */
function SortHeader({
  label,
  active,
  descending,
  numeric,
  onSort,
  className,
}: {
  label: string;
  active: boolean;
  descending: boolean;
  numeric: boolean;
  onSort: () => void;
  className: string;
}) {
  return (
    <th
      scope="col"
      aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
      className={`px-2 py-2 font-medium ${numeric ? 'text-right' : ''} ${className}`}
    >
      <button
        type="button"
        onClick={onSort}
        className="inline-flex items-center gap-1 rounded-tremor-small hover:text-tremor-content-strong focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
      >
        {label}
        <span aria-hidden="true">{active ? (descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>
  );
}

/**
 * The heading row of a table sortable by every column. A click on the column sorted by turns its order
 * round; a click on another sorts by it, descending where `firstDescending` says (by default for numbers).
 */
export function SortHeaderRow<Column extends string>({
  columns,
  sort,
  onSort,
  firstDescending = (_column, numeric) => numeric,
  firstClassName = '',
}: {
  columns: SortColumn<Column>[];
  sort: SortState<Column>;
  onSort: (sort: SortState<Column>) => void;
  firstDescending?: (column: Column, numeric: boolean) => boolean;
  /** Classes of the first heading, e.g. to keep it in view while the table scrolls sideways. */
  firstClassName?: string;
}) {
  return (
    <tr>
      {columns.map(({ column, label, numeric = false }, index) => (
        <SortHeader
          key={column}
          label={label}
          numeric={numeric}
          active={sort.column === column}
          descending={sort.descending}
          onSort={() =>
            onSort({
              column,
              descending: sort.column === column ? !sort.descending : firstDescending(column, numeric),
            })
          }
          className={index === 0 ? firstClassName : ''}
        />
      ))}
    </tr>
  );
}
