import { describe, expect, it } from 'vitest';
import { labelIndex } from './label-index';

const index = labelIndex([
  { label: 'Gambir (Gambir)', code: '31.71.01.1001' },
  { label: 'Kebon Kelapa (Gambir)', code: '31.71.01.1003' },
  { label: 'Kelapa Gading Barat (Kelapa Gading)', code: '31.72.06.1001' },
]);

describe('labelIndex', () => {
  it('finds a picked suggestion exactly, whatever its case and surrounding spaces', () => {
    expect(index.exact('  kebon kelapa (GAMBIR) ')?.code).toBe('31.71.01.1003');
    expect(index.exact('Kebon')).toBeUndefined();
  });

  it('takes a half-typed name to the first label starting with it, else the first containing it', () => {
    expect(index.best('kel')?.label).toBe('Kelapa Gading Barat (Kelapa Gading)');
    expect(index.best('kelapa (g')?.code).toBe('31.71.01.1003');
    expect(index.best('gading')?.code).toBe('31.72.06.1001');
  });

  it('finds nothing for an empty box or a name that is nowhere', () => {
    expect(index.best('   ')).toBeUndefined();
    expect(index.best('bandung')).toBeUndefined();
  });
});
