import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs one of the npm scripts' entry points (lib/cli/NAME.ts) as a user would, in its own process. */
export function runCli(name: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(PROJECT_ROOT, `lib/cli/${name}.ts`), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
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
