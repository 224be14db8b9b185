import type { Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../../db/client';

/**
 * Rows of COPY text written to a table in batches: `write` takes one line, `writeText` lines that end
 * in a line break each (as text, or already UTF-8); `close` sends the last batch.
 */
export type CopyWriter = {
  write: (line: string) => Promise<void> | undefined;
  writeText: (text: string | Uint8Array) => Promise<void> | undefined;
  close: () => Promise<void>;
};

/**
 * One transaction on either driver, with what the register needs beyond drizzle: plain SQL and
 * bulk loading with COPY (a stream on PostgreSQL, blobs of a few megabytes on PGlite).
 */
export type RegisterSession = {
  driver: DatabaseHandle['driver'];
  query: <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;
  /** Runs a statement that returns no rows; resolves to the number of rows it wrote. */
  execute: (text: string, params?: unknown[]) => Promise<number>;
  copyWriter: (table: string, columns: readonly string[]) => CopyWriter;
};

const PG_CHUNK_CHARS = 1 << 18;
const PGLITE_BATCH_CHARS = 1 << 24;

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.map((column) => `"${column}"`).join(', ')}) FROM ${source}`;

/** A COPY left open by a failure would hold the connection; aborting it lets ROLLBACK through. */
type PostgresSession = RegisterSession & { abortCopies: () => Promise<void> };

function postgresSession(client: pg.PoolClient): PostgresSession {
  const open = new Set<ReturnType<typeof copyFrom>>();
  return {
    driver: 'postgres',
    abortCopies: async () => {
      for (const stream of open) {
        const ended = new Promise((resolve) => stream.once('close', resolve));
        stream.destroy(new Error('import aborted'));
        await ended;
      }
      open.clear();
    },
    query: async (text, params) => (await client.query(text, params)).rows,
    execute: async (text, params) => (await client.query(text, params)).rowCount ?? 0,
    copyWriter: (table, columns) => {
      const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')));
      open.add(stream);
      const finished = new Promise<void>((resolve, reject) => {
        stream.on('finish', resolve);
        stream.on('error', reject);
      });
      // Unhandled until close() awaits it; a failure still surfaces there.
      finished.catch(() => {});
      let buffer = '';
      const send = (chunk: string | Uint8Array): Promise<void> | undefined => {
        if (stream.write(chunk)) return undefined;
        return new Promise((resolve, reject) => {
          stream.once('drain', resolve);
          finished.catch(reject);
        });
      };
      const flush = (): Promise<void> | undefined => {
        const chunk = buffer;
        buffer = '';
        return send(chunk);
      };
      return {
        write: (line) => {
          buffer += `${line}\n`;
          return buffer.length >= PG_CHUNK_CHARS ? flush() : undefined;
        },
        writeText: async (text) => {
          if (buffer.length > 0) await flush();
          await send(text);
        },
        close: async () => {
          if (buffer.length > 0) await flush();
          stream.end();
          await finished;
          open.delete(stream);
        },
      };
    },
  };
}

function pgliteSession(tx: Transaction): RegisterSession {
  return {
    driver: 'pglite',
    query: async (text, params) => (await tx.query(text, params)).rows as never[],
    execute: async (text, params) => (await tx.query(text, params)).affectedRows ?? 0,
    copyWriter: (table, columns) => {
      let parts: (string | Uint8Array)[] = [];
      let size = 0;
      const flush = async () => {
        const blob = new Blob(parts as BlobPart[]);
        parts = [];
        size = 0;
        await tx.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob });
      };
      const add = (text: string | Uint8Array) => {
        parts.push(text);
        size += text.length;
        return size >= PGLITE_BATCH_CHARS ? flush() : undefined;
      };
      return {
        write: (line) => add(`${line}\n`),
        writeText: add,
        close: async () => {
          if (parts.length > 0) await flush();
        },
      };
    },
  };
}

/** Runs `body` in one transaction: committed when it returns, rolled back when it throws. */
export async function inRegisterTransaction<T>(
  handle: DatabaseHandle,
  body: (session: RegisterSession) => Promise<T>,
): Promise<T> {
  if (handle.driver === 'pglite') return handle.client.transaction((tx) => body(pgliteSession(tx)));
  const client = await handle.pool.connect();
  const session = postgresSession(client);
  try {
    await client.query('BEGIN');
    const result = await body(session);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await session.abortCopies();
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Plain SQL outside a transaction of the caller's (each statement commits by itself). */
export async function registerQuery<Row = Record<string, unknown>>(
  handle: DatabaseHandle,
  text: string,
  params?: unknown[],
): Promise<Row[]> {
  if (handle.driver === 'pglite') return (await handle.client.query(text, params)).rows as Row[];
  return (await handle.pool.query(text, params)).rows as Row[];
}
