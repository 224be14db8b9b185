import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FATAL_MESSAGES } from './fatal-messages';
import { LOCALES } from './locales';
import { PLACEHOLDER } from './make-translate';
import { MESSAGES } from './messages';
import { periodLabel } from './period-label';
import { translator } from './translate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalogues: Record<string, Record<string, string>> = MESSAGES;
const allKeys = [...new Set(LOCALES.flatMap((locale) => Object.keys(catalogues[locale] ?? {})))].sort();

function placeholders(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

type KeyUse = { key: string; file: string; prefix: boolean };

/**
 * The keys in the first argument of every `t(…)` and `t.rich(…)`: quoted keys (also both sides of a
 * conditional), and the fixed start of a template key such as `theme.${id}`.
 */
function keysUsedIn(files: string[]): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const call of source.matchAll(/\bt(?:\.rich)?\(([^,()]*)/g)) {
      const argument = call[1] ?? '';
      const relative = path.relative(ROOT, file);
      for (const quoted of argument.matchAll(/(['"`])([\w-]+(?:\.[\w-]+)+)\1/g))
        uses.push({ key: quoted[2] ?? '', file: relative, prefix: false });
      for (const template of argument.matchAll(/`([\w.-]+\.)\$\{/g))
        uses.push({ key: template[1] ?? '', file: relative, prefix: true });
    }
  }
  return uses;
}

describe('the translation catalogue', () => {
  it.each(LOCALES)('has a non-empty text for every key in %s', (locale) => {
    const missing = allKeys.filter((key) => !catalogues[locale]?.[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('asks for the same placeholders in every language', () => {
    const differing = allKeys.filter(
      (key) =>
        new Set(LOCALES.map((locale) => placeholders(catalogues[locale]?.[key] ?? '').join(','))).size > 1,
    );
    expect(differing).toEqual([]);
  });

  it('carries the messages of the fatal error page unchanged', () => {
    for (const locale of LOCALES) expect(catalogues[locale]).toMatchObject(FATAL_MESSAGES[locale]);
  });

  it('has every key that the source asks for', () => {
    const uses = keysUsedIn([...sourceFiles('app'), ...sourceFiles('lib')]);
    // The scan itself must find the shell's keys, or a broken pattern would let every key pass.
    expect(uses.map((use) => use.key)).toEqual(
      expect.arrayContaining(['nav.overview', 'map.boundariesMissing.body']),
    );
    const known = Object.keys(catalogues.id ?? {});
    const unknown = uses
      .filter(({ key, prefix }) =>
        prefix ? !known.some((candidate) => candidate.startsWith(key)) : !known.includes(key),
      )
      .map(({ key, file, prefix }) => `${key}${prefix ? '…' : ''} (${file})`);
    expect(unknown).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders and keeps the language apart', () => {
    expect(translator('id')('source.lastImport', { date: '2 Juli 2026' })).toBe(
      'Impor terakhir: 2 Juli 2026',
    );
    expect(translator('en')('source.lastImport', { date: '2 July 2026' })).toBe('Last import: 2 July 2026');
    expect(translator('en')('nav.dataQuality')).toBe('Data quality');
    expect(translator('en').numberLocale).toBe('en-GB');
  });

  it('puts nodes where a rich message has placeholders', () => {
    const node = translator('en').rich('cities.empty', { command: 'npm run db:migrate' }) as ReactElement<{
      children: unknown;
    }>;
    expect(node.props.children).toEqual([
      'The list of regions has not been loaded. Run ',
      'npm run db:migrate',
      '.',
    ]);
  });

  it('names periods as readers say them', () => {
    expect(periodLabel(translator('id'), '2026S2')).toBe('Semester 2 2026 (Jul–Des)');
    expect(periodLabel(translator('en'), '2025S1')).toBe('1st half 2025 (Jan–Jun)');
  });
});
