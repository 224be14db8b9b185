import { describe, expect, it } from 'vitest';
import { ApiError } from './api/api-error';
import { parseRegionFilters } from './filters';

function parse(query: string) {
  return parseRegionFilters(new URLSearchParams(query));
}

function errorOf(query: string): ApiError {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('region filters', () => {
  it('reads level and parent, and Indonesian level names', () => {
    expect(parse('level=district&parent=31.71')).toEqual({ level: 'district', parent: '31.71' });
    expect(parse('level=kelurahan')).toEqual({ level: 'village' });
    expect(parse('level=%20Village%20')).toEqual({ level: 'village' });
    expect(parse('')).toEqual({});
  });

  it('answers 400 naming `level` and its accepted values for an unknown level', () => {
    const error = errorOf('level=planet');
    expect(error.status).toBe(400);
    expect(error.body.parameter).toBe('level');
    expect(error.body.message).toContain('planet');
    expect(error.body.accepted).toContain('province, city, district, village');
  });

  it('quotes a long rejected value only in part', () => {
    const error = errorOf(`level=${'x'.repeat(5000)}`);
    expect(error.body.message_en).toContain(`"${'x'.repeat(80)}…"`);
    expect(String(error.body.message_en).length).toBeLessThan(300);
  });

  it('does not take the names of built-in object properties for levels', () => {
    for (const trick of ['constructor', '__proto__', 'toString'])
      expect(errorOf(`level=${trick}`).status).toBe(400);
  });

  it('answers 400 naming `parent` for a malformed code or one not above the level', () => {
    expect(errorOf('parent=Gambir').body.parameter).toBe('parent');
    expect(errorOf('level=city&parent=31.71.01').body.parameter).toBe('parent');
    expect(errorOf('level=district&parent=31.71.01').body.parameter).toBe('parent');
  });
});
