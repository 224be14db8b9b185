import { parentPort, workerData } from 'node:worker_threads';
import { IdentityHasher } from '../identity-hash';
import { checkCsvText } from './check-block';
import type { BlockFailure, BlockRequest, BlockResponse, CheckWorkerData } from './check-pool';
import { RowChecker } from './check-row';
import type { SubmissionFile } from './columns';
import { decodeBlock, NotUtf8Error } from './csv-blocks';
import { CsvSyntaxError } from './csv-records';

/**
 * A worker of the check pool: decodes, parses and checks the blocks it is sent, hashing every NIK and
 * No KK, and answers with COPY text already encoded, so that the importing thread only moves bytes.
 */
const data = workerData as CheckWorkerData;
const context = {
  kelurahanCodes: new Set(data.kelurahanCodes),
  hasher: new IdentityHasher(Buffer.from(data.key, 'hex')),
};
const checkers = new Map<string, RowChecker>();

function checkerFor(file: SubmissionFile, header: readonly string[]): RowChecker {
  const key = `${file}:${header.join(',')}`;
  let checker = checkers.get(key);
  if (!checker) {
    checker = new RowChecker(file, header, context);
    checkers.set(key, checker);
  }
  return checker;
}

function failure(error: unknown): BlockFailure {
  if (error instanceof CsvSyntaxError) return { kind: 'csv', line: error.line, tooLong: error.tooLong };
  if (error instanceof NotUtf8Error) return { kind: 'utf8', byteOffset: error.byteOffset, line: error.line };
  if (error instanceof Error) return { kind: 'other', message: error.message, stack: error.stack };
  return { kind: 'other', message: String(error) };
}

parentPort?.on('message', (request: BlockRequest) => {
  let response: BlockResponse;
  try {
    const block = {
      bytes: new Uint8Array(request.buffer, 0, request.byteLength),
      firstLine: request.firstLine,
      byteOffset: request.byteOffset,
    };
    const checker = checkerFor(request.file, request.header);
    const checked = checkCsvText(checker, request.file, decodeBlock(block), block.firstLine);
    response = { id: request.id, ok: true, block: checked };
    const buffers = [checked.copyText.buffer, checked.keys.buffer, checked.headKeys.buffer] as ArrayBuffer[];
    parentPort?.postMessage(response, buffers);
  } catch (error) {
    response = { id: request.id, ok: false, failure: failure(error) };
    parentPort?.postMessage(response);
  }
});
