import { describe, expect, it } from 'vitest';
import { downloadHref } from './download-links';

describe('downloadHref', () => {
  it('writes the values parameters, leaving out those not given', () => {
    const download = {
      route: 'values' as const,
      indicator: 'safe_water',
      period: '2026S1',
      level: 'village' as const,
      parent: '31.71',
      compare: undefined,
    };
    expect(downloadHref(download, 'csv')).toBe(
      '/api/v1/values.csv?indicator=safe_water&period=2026S1&level=village&parent=31.71',
    );
  });

  it('joins the regions of a comparison with commas', () => {
    const download = {
      route: 'region-values' as const,
      region: ['31.71', '31.71.01.1001'],
      period: '2026S1',
      compare: '2025S2',
    };
    expect(downloadHref(download, 'xlsx')).toBe(
      '/api/v1/region-values.xlsx?region=31.71,31.71.01.1001&period=2026S1&compare=2025S2',
    );
  });
});
