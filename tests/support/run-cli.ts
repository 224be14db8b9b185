import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

export type CliResult = { code: number | null; stdout: string; stderr: string };

/**
 * Starts one of the npm scripts' entry points (lib/cli/NAME.ts) in its own process, as a user would.
 * Node runs it directly with tsx's loader (the `tsx` command would run it in a child of its own, which a
 * signal to the returned process would miss).
 */
export function spawnCli(
  name: string,
  args: string[],
  env: Record<string, string>,
): ChildProcessWithoutNullStreams {
  return spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, `lib/cli/${name}.ts`), ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
    },
  );
}

/** Runs a command to its end and returns its exit code and output. */
export function runCli(name: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawnCli(name, args, env);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
