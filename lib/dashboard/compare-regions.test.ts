import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import type { RegionRow } from '../queries/list-regions';
import { regionChoices, shortNames, suggestedRegions } from './compare-regions';

const REGIONS: RegionRow[] = [
  { code: '31', name: 'DKI Jakarta', level: 'province', parent: null },
  { code: '31.01', name: 'Kepulauan Seribu', level: 'city', parent: '31' },
  { code: '31.71', name: 'Jakarta Pusat', level: 'city', parent: '31' },
  { code: '31.71.01', name: 'Gambir', level: 'district', parent: '31.71' },
  { code: '31.71.01.1001', name: 'Gambir', level: 'village', parent: '31.71.01' },
];

describe('the regions the comparison offers', () => {
  it('names each with its level and kota, so that namesakes stay apart', () => {
    expect(regionChoices(REGIONS, translator('id')).map((choice) => choice.label)).toEqual([
      'DKI Jakarta (provinsi)',
      'Kepulauan Seribu (kabupaten)',
      'Jakarta Pusat (kota)',
      'Gambir (kecamatan, Jakarta Pusat)',
      'Gambir (kelurahan, Jakarta Pusat)',
    ]);
    expect(regionChoices(REGIONS, translator('en'))[3]?.label).toBe('Gambir (kecamatan, Jakarta Pusat)');
    expect(regionChoices(REGIONS, translator('en'))[2]?.label).toBe('Jakarta Pusat (city)');
  });

  it('adds the level to a chart name only where two chosen regions share it', () => {
    const choices = regionChoices(REGIONS, translator('id'));
    expect(shortNames(choices.slice(2))).toEqual([
      'Jakarta Pusat',
      'Gambir (kecamatan)',
      'Gambir (kelurahan)',
    ]);
    expect(shortNames(choices.slice(2, 4))).toEqual(['Jakarta Pusat', 'Gambir']);
  });

  it('suggests Jakarta and its kota', () => {
    const codes = suggestedRegions(regionChoices(REGIONS, translator('id'))).map((choice) => choice.code);
    expect(codes).toEqual(['31', '31.01', '31.71']);
  });
});
