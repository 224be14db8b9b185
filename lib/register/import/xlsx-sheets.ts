import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type yauzl from 'yauzl';
import { openEntryStream, openZipEntries } from './zip-entries';

type WorksheetReader = AsyncIterable<ExcelJS.Row> & { name: string };

/** The parts of ExcelJS's streaming WorkbookReader that read one entry each (ExcelJS 4.4). */
type WorkbookReaderParts = {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
};

const WORKSHEET_ENTRY = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The worksheets of an .xlsx workbook in the order the file holds them, each read as a stream of rows.
 *
 * ExcelJS's own streaming reader walks the zip front to back with unzipper and, when the sheets come
 * before the shared strings (as ExcelJS itself writes them), sometimes stops before `xl/workbook.xml`
 * and then fails on every sheet. Here the zip is opened by its directory instead, and ExcelJS parses
 * each part in the order it needs: relationships, workbook, shared strings, styles, then the sheets.
 */
export async function* workbookSheets(workbookPath: string): AsyncGenerator<WorksheetReader> {
  const { zip, entries } = await openZipEntries(workbookPath);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(workbookPath, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookReaderParts;
  const entryNamed = (name: string) => entries.find((entry) => entry.fileName === name);
  const open = (entry: yauzl.Entry) => openEntryStream(zip, entry);
  try {
    const rels = entryNamed('xl/_rels/workbook.xml.rels');
    const workbook = entryNamed('xl/workbook.xml');
    if (!rels || !workbook) throw new Error('no workbook part');
    await reader._parseRels(await open(rels));
    await reader._parseWorkbook(await open(workbook));
    const sharedStrings = entryNamed('xl/sharedStrings.xml');
    if (sharedStrings) for await (const _event of reader._parseSharedStrings(await open(sharedStrings)));
    const styles = entryNamed('xl/styles.xml');
    if (styles) await reader._parseStyles(await open(styles));
    for (const entry of entries) {
      const sheetNo = WORKSHEET_ENTRY.exec(entry.fileName)?.[1];
      if (sheetNo === undefined) continue;
      const rows = await open(entry);
      try {
        for (const event of reader._parseWorksheet(rows, sheetNo))
          if (event.eventType === 'worksheet') yield event.value as WorksheetReader;
      } finally {
        rows.destroy();
      }
    }
  } finally {
    zip.close();
  }
}
