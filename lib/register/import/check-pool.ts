import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckedBlock } from './check-block';
import type { RowContext } from './check-row';
import type { SubmissionFile } from './columns';
import type { CsvBlock } from './csv-blocks';
import { NotUtf8Error } from './csv-blocks';
import { CsvSyntaxError } from './csv-records';

export type CheckWorkerData = { module: string; kelurahanCodes: string[]; key: string };
export type BlockRequest = {
  id: number;
  file: SubmissionFile;
  header: readonly string[];
  buffer: ArrayBuffer;
  byteLength: number;
  firstLine: number;
  byteOffset: number;
};
export type BlockFailure =
  | { kind: 'csv'; line: number; tooLong: boolean }
  | { kind: 'utf8'; byteOffset: number; line: number }
  | { kind: 'other'; message: string; stack?: string };
export type BlockResponse =
  | { id: number; ok: true; block: CheckedBlock }
  | { id: number; ok: false; failure: BlockFailure };

type Pending = { resolve: (block: CheckedBlock) => void; reject: (error: Error) => void; worker: Worker };

/** As many workers as cores, the importing thread and the database sharing them; at most four. */
const defaultCheckWorkers = () => Math.min(4, availableParallelism());

/** The worker's error again; an unexpected one keeps the worker's stack for DEBUG, out of its message. */
function failureError(failure: BlockFailure): Error {
  if (failure.kind === 'csv') return new CsvSyntaxError(failure.line, failure.tooLong);
  if (failure.kind === 'utf8') return new NotUtf8Error(failure.byteOffset, failure.line);
  const error = new Error(`check worker failed: ${failure.message}`);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/**
 * Worker threads that check blocks of CSV in parallel: parsing, checking and hashing 11 million rows
 * is most of an import's work on the client, and one thread would leave the other cores idle. Workers
 * start on the first block (a small submission never needs one) and end with `close`.
 */
export class CheckPool {
  readonly #context: RowContext;
  readonly #size: number;
  readonly #workers: Worker[] = [];
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  /** Set once a worker has failed or stopped on its own: every later block is refused with it. */
  #broken: Error | undefined;
  #closing = false;

  constructor(context: RowContext, size = defaultCheckWorkers()) {
    this.#context = context;
    this.#size = Math.max(1, size);
  }

  /** Blocks in flight at most: two per worker keeps each busy while its last answer is written. */
  get capacity(): number {
    return this.#size * 2;
  }

  #spawn(): Worker {
    const data: CheckWorkerData = {
      module: new URL('./check-worker.ts', import.meta.url).href,
      kelurahanCodes: [...this.#context.kelurahanCodes],
      key: this.#context.hasher.key.toString('hex'),
    };
    const worker = new Worker(new URL('./check-worker-entry.mjs', import.meta.url), { workerData: data });
    worker.on('message', (response: BlockResponse) => {
      const pending = this.#pending.get(response.id);
      if (!pending) return;
      this.#pending.delete(response.id);
      if (response.ok) pending.resolve(response.block);
      else pending.reject(failureError(response.failure));
    });
    const failAll = (error: Error) => {
      if (this.#closing) return;
      this.#broken ??= error;
      for (const [id, pending] of this.#pending)
        if (pending.worker === worker) {
          this.#pending.delete(id);
          pending.reject(error);
        }
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`check worker stopped (exit code ${code})`)));
    this.#workers.push(worker);
    return worker;
  }

  /** Blocks a worker has not answered yet (a few at most: the pool's capacity). */
  #load(worker: Worker): number {
    let load = 0;
    for (const pending of this.#pending.values()) if (pending.worker === worker) load += 1;
    return load;
  }

  /** The least busy worker, a new one while the pool is not full. */
  #pick(): Worker {
    const idle = this.#workers.find((worker) => this.#load(worker) === 0);
    if (idle) return idle;
    if (this.#workers.length < this.#size) return this.#spawn();
    return this.#workers.reduce((best, worker) => (this.#load(worker) < this.#load(best) ? worker : best));
  }

  /** Checks one block; its buffer moves to the worker and is unusable here afterwards. */
  check(file: SubmissionFile, header: readonly string[], block: CsvBlock): Promise<CheckedBlock> {
    if (this.#broken) return Promise.reject(this.#broken);
    const worker = this.#pick();
    const id = this.#nextId++;
    const request: BlockRequest = {
      id,
      file,
      header,
      buffer: block.bytes.buffer as ArrayBuffer,
      byteLength: block.bytes.byteLength,
      firstLine: block.firstLine,
      byteOffset: block.byteOffset,
    };
    const answer = new Promise<CheckedBlock>((resolve, reject) =>
      this.#pending.set(id, { resolve, reject, worker }),
    );
    worker.postMessage(request, [request.buffer]);
    return answer;
  }

  async close(): Promise<void> {
    this.#closing = true;
    const workers = this.#workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
