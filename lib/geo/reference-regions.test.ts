import { describe, expect, it } from 'vitest';
import { displayRegionName, readJakartaRegions } from './reference-regions';

describe('reference regions of DKI Jakarta', () => {
  it('has the province, 6 kota/kabupaten, 44 kecamatan and 267 kelurahan', async () => {
    const regions = await readJakartaRegions();
    const count = (level: string) => regions.filter((region) => region.level === level).length;
    expect([count('province'), count('city'), count('district'), count('village')]).toEqual([1, 6, 44, 267]);
  });

  it('names regions as Jakartans write them', async () => {
    const names = new Map((await readJakartaRegions()).map((region) => [region.code, region.name]));
    expect(names.get('31')).toBe('DKI Jakarta');
    expect(names.get('31.71')).toBe('Jakarta Pusat');
    expect(names.get('31.01')).toBe('Kepulauan Seribu');
    expect(names.get('31.01.01')).toBe('Kepulauan Seribu Utara');
    expect(names.get('31.71.01.1001')).toBe('Gambir');
  });

  it('gives every region below the province an existing parent one level up', async () => {
    const regions = await readJakartaRegions();
    const byCode = new Map(regions.map((region) => [region.code, region]));
    const parentLevel = { city: 'province', district: 'city', village: 'district' } as const;
    for (const region of regions.filter((row) => row.level !== 'province')) {
      const parent = byCode.get(region.parentCode ?? '');
      expect(parent?.level, region.code).toBe(parentLevel[region.level as keyof typeof parentLevel]);
    }
  });

  it('title-cases names written in capitals and keeps mixed-case names', () => {
    expect(displayRegionName('KOTA ADMINISTRASI JAKARTA UTARA ')).toBe('Jakarta Utara');
    expect(displayRegionName('KABUPATEN ADMINISTRASI KEPULAUAN SERIBU')).toBe('Kepulauan Seribu');
    expect(displayRegionName('Kelapa Dua Wetan')).toBe('Kelapa Dua Wetan');
  });
});
