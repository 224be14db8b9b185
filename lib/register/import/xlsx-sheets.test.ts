import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureLines } from '@/tests/support/submissions';
import { SUBMISSION_FILES } from './columns';
import { workbookSheets } from './xlsx-sheets';

// The fixture submission as a workbook, one sheet per file plus one that is not part of the format: the
// sizes at which ExcelJS's own reader stopped early now and then.
const SHEETS: Record<string, string[][]> = {
  ...Object.fromEntries(
    SUBMISSION_FILES.map((file) => [
      file,
      fixtureLines(file).map((line) => line.split(',').map((cell) => cell || '-')),
    ]),
  ),
  catatan: [['teks'], ['halo']],
};

async function readAll(file: string): Promise<Record<string, unknown[][]>> {
  const sheets: Record<string, unknown[][]> = {};
  for await (const sheet of workbookSheets(file)) {
    const rows: unknown[][] = [];
    for await (const row of sheet) rows.push((row.values as unknown[]).slice(1));
    sheets[sheet.name] = rows;
  }
  return sheets;
}

describe('workbookSheets', () => {
  let folder: string;
  let excelJsOrder: Buffer;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'jk-xlsx-'));
    const workbook = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(SHEETS)) workbook.addWorksheet(name).addRows(rows);
    excelJsOrder = Buffer.from(await workbook.xlsx.writeBuffer());
  });

  it('reads every sheet of a workbook written sheets-first (as ExcelJS writes), every time', async () => {
    const file = path.join(folder, 'exceljs.xlsx');
    writeFileSync(file, excelJsOrder);
    // ExcelJS's own streaming reader failed on this workbook about one read in twenty.
    for (let read = 0; read < 100; read += 1) expect(await readAll(file)).toEqual(SHEETS);
  });

  it('reads the same sheets when the workbook part comes first (as Excel writes)', async () => {
    const original = await JSZip.loadAsync(excelJsOrder);
    const entries = Object.values(original.files).filter((entry) => !entry.dir);
    entries.sort((a, b) => Number(b.name.includes('workbook')) - Number(a.name.includes('workbook')));
    const reordered = new JSZip();
    for (const entry of entries) reordered.file(entry.name, await entry.async('nodebuffer'));
    const file = path.join(folder, 'excel.xlsx');
    writeFileSync(file, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await readAll(file)).toEqual(SHEETS);
  });

  it('fails on a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<worksheet/>');
    const file = path.join(folder, 'no-workbook.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(readAll(file)).rejects.toThrow();
  });
});
