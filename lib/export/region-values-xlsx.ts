import type { RegionValuesTable } from '../api/region-values-table';
import { regionValuesCells } from './region-values-columns';
import { regionValuesNotes } from './region-values-notes';
import { contentWorkbook, workbookBytes } from './values-xlsx';

/** Every indicator of the regions on "Data", and on "Keterangan" the filters, source and suppression rule. */
export async function regionValuesXlsx(
  table: RegionValuesTable,
  madeAt: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { rows } = table.body;
  const workbook = contentWorkbook(
    {
      cells: regionValuesCells(table.body),
      isCountRow: (index) => rows[index]?.indicator.kind === 'count',
      notes: regionValuesNotes(table, madeAt),
    },
    madeAt,
  );
  return workbookBytes(workbook);
}
