import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { get } from './route-database';

type Handler = (request: Request) => Promise<Response>;
export type CsvRow = Record<string, string>;

/** The name the browser saves a download under. */
export function fileNameOf(response: Response): string | undefined {
  return response.headers.get('Content-Disposition')?.match(/^attachment; filename="([^"]+)"$/)?.[1];
}

/** A CSV download that answered 200: its text (byte order mark kept) and its rows by header. */
export async function fetchCsv(
  handler: Handler,
  url: string,
): Promise<{ response: Response; text: string; rows: CsvRow[] }> {
  const response = await handler(get(url));
  expect(response.status).toBe(200);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text, rows: parse(text, { bom: true, columns: true }) };
}

/** An XLSX download that answered 200, opened as a workbook. */
export async function fetchWorkbook(
  handler: Handler,
  url: string,
): Promise<{ response: Response; workbook: ExcelJS.Workbook }> {
  const response = await handler(get(url));
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return { response, workbook };
}

/** Both files of a table refuse the query with the same JSON error naming the parameter, and no download. */
export async function expectRefusedByBoth(
  routes: Record<string, Handler>,
  query: string,
  status: number,
  parameter: string,
): Promise<void> {
  for (const [route, handler] of Object.entries(routes)) {
    const response = await handler(get(`${route}?${query}`));
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Content-Disposition')).toBeNull();
    const { error } = await response.json();
    expect(error).toMatchObject({ status, parameter });
    expect(error.message).toMatch(/\S/);
    expect(error.message_en).toMatch(/\S/);
  }
}
