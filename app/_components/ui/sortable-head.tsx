/** How a table is sorted: by which column, and which way. */
export type Sort<Column extends string> = { column: Column; descending: boolean };

/** Orders two sort keys, text by Indonesian rules and numbers by size; a missing key sorts last either way. */
export function compareSortKeys(
  x: string | number | null,
  y: string | number | null,
  descending: boolean,
): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = typeof x === 'string' ? x.localeCompare(String(y), 'id') : x - (y as number);
  return descending ? -order : order;
}

/** A column of a sortable table: its key, its heading, and whether it holds numbers (aligned right). */
export type SortableColumn<Column extends string> = { column: Column; label: string; numeric?: boolean };

/**
 * A column heading that sorts its table: a button that says which way it sorts (`aria-sort`); a numeric
 * column sorts the largest first on the first press.
 */
function SortableHeading<Column extends string>({
  column,
  label,
  numeric = false,
  sort,
  onSort,
}: {
  column: Column;
  label: string;
  numeric?: boolean | undefined;
  sort: Sort<Column>;
  onSort: (sort: Sort<Column>) => void;
}) {
  const active = sort.column === column;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      className={`px-2 py-2 font-medium ${numeric ? 'text-right' : ''}`}
    >
      <button
        type="button"
        onClick={() => onSort({ column, descending: active ? !sort.descending : numeric })}
        className="inline-flex items-center gap-1 rounded-tremor-small hover:text-tremor-content-strong focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
      >
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>
  );
}

/** The head of a table sorted by any of its columns, one sorting button per column. */
export function SortableHead<Column extends string>({
  columns,
  sort,
  onSort,
}: {
  columns: SortableColumn<Column>[];
  sort: Sort<Column>;
  onSort: (sort: Sort<Column>) => void;
}) {
  return (
    <thead className="border-b border-tremor-border text-tremor-content">
      <tr>
        {columns.map(({ column, label, numeric }) => (
          <SortableHeading
            key={column}
            column={column}
            label={label}
            numeric={numeric}
            sort={sort}
            onSort={onSort}
          />
        ))}
      </tr>
    </thead>
  );
}
