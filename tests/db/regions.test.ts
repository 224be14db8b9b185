import { expect, it } from 'vitest';
import { syncRegions } from '@/lib/geo/sync-regions';
import { getRegion } from '@/lib/queries/get-region';
import { listCities } from '@/lib/queries/list-cities';
import { listRegions } from '@/lib/queries/list-regions';
import { describeOnEachDatabase } from '../support/databases';

describeOnEachDatabase('reference regions in the database', (database) => {
  it('loads 318 regions, and loading again changes nothing', async () => {
    const { db } = database();
    expect(await syncRegions(db)).toBe(318);
    expect(await syncRegions(db)).toBe(318);
    expect(await listRegions(db, {})).toHaveLength(318);
  });

  it('lists the 267 kelurahan, and the 8 kecamatan of Jakarta Pusat in code order', async () => {
    const { db } = database();
    expect(await listRegions(db, { level: 'village' })).toHaveLength(267);
    const pusat = await listRegions(db, { level: 'district', parent: '31.71' });
    expect(pusat.map((row) => row.name)).toEqual([
      'Gambir',
      'Sawah Besar',
      'Kemayoran',
      'Senen',
      'Cempaka Putih',
      'Menteng',
      'Tanah Abang',
      'Johar Baru',
    ]);
    expect(pusat[0]).toEqual({ code: '31.71.01', name: 'Gambir', level: 'district', parent: '31.71' });
  });

  it('lists every kelurahan below a kota at any depth', async () => {
    const { db } = database();
    const selatan = await listRegions(db, { level: 'village', parent: '31.74' });
    expect(selatan).toHaveLength(65);
    expect(selatan.every((row) => row.code.startsWith('31.74.'))).toBe(true);
  });

  it('counts kecamatan and kelurahan per kota', async () => {
    const { db } = database();
    const cities = await listCities(db);
    expect(cities.map((city) => [city.name, city.districts, city.villages])).toEqual([
      ['Kepulauan Seribu', 2, 6],
      ['Jakarta Pusat', 8, 44],
      ['Jakarta Utara', 6, 31],
      ['Jakarta Barat', 8, 56],
      ['Jakarta Selatan', 10, 65],
      ['Jakarta Timur', 10, 65],
    ]);
  });

  it('finds a region by code and nothing for an unknown one', async () => {
    const { db } = database();
    expect(await getRegion(db, '31')).toEqual({
      code: '31',
      name: 'DKI Jakarta',
      level: 'province',
      parent: null,
    });
    expect(await getRegion(db, '31.79')).toBeUndefined();
  });
});
