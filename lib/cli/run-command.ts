import nextEnv from '@next/env';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { UserFacingError } from '../errors';

/** The same .env files that Next reads, so that a command and the server see the same database. */
export function loadProjectEnv(): void {
  // `npm start` serves the production build, which reads .env.production*: its prepare step must read the same.
  const production = process.env.NODE_ENV === 'production' || process.env.npm_lifecycle_event === 'prestart';
  nextEnv.loadEnvConfig(process.cwd(), !production, {
    info: () => {},
    error: console.error,
  });
}

export function printUserError(error: UserFacingError): void {
  console.error(`✖ ${error.messageId}`);
  console.error(`  ${error.messageEn}`);
}

/**
 * Runs a command's body with the configured database and turns failures into a message for a person:
 * a UserFacingError is printed in both languages; anything else is reported without a stack trace
 * (set DEBUG=1 to see it).
 */
export async function runWithDatabase(body: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  loadProjectEnv();
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase();
    await body(handle);
  } catch (error) {
    process.exitCode = reportFailure(error);
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Runs a command that needs no database, with the same error reporting as runWithDatabase. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  loadProjectEnv();
  try {
    await body();
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof UserFacingError) {
    printUserError(error);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  console.error(
    '✖ Perintah gagal karena kesalahan tak terduga. / The command failed with an unexpected error.',
  );
  console.error(`  ${detail}`);
  if (process.env.DEBUG) console.error(error);
  return 1;
}
