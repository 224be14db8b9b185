import { beforeAll, beforeEach, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/v1/regions/route';
import { syncRegions } from '@/lib/geo/sync-regions';
import { describeOnEachDatabase } from '../support/databases';
import { get, serveRoutesFrom } from '../support/route-database';

describeOnEachDatabase('GET /api/v1/regions', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
  });
  beforeEach(() => serveRoutesFrom(database()));

  it('lists the 267 kelurahan for level=village', async () => {
    const response = await GET(get('/api/v1/regions?level=village'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.level).toBe('village');
    expect(body.rows).toHaveLength(267);
    expect(body.rows[0]).toEqual({
      code: '31.01.01.1001',
      name: 'Pulau Panggang',
      level: 'village',
      parent: '31.01.01',
    });
  });

  it('lists the 8 kecamatan of Jakarta Pusat for level=district&parent=31.71', async () => {
    const body = await (await GET(get('/api/v1/regions?level=district&parent=31.71'))).json();
    expect(body).toMatchObject({ level: 'district', parent: '31.71' });
    expect(body.rows).toHaveLength(8);
  });

  it('answers 400 as JSON naming `level` for level=planet', async () => {
    const response = await GET(get('/api/v1/regions?level=planet'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.json();
    expect(body.error.parameter).toBe('level');
    expect(body.error.message).toContain('province, city, district, village');
  });

  it('answers 405 as JSON to a method other than GET', async () => {
    const response = await POST(
      new Request('http://localhost/api/v1/regions', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(405);
    expect((await response.json()).error.message_en).toBe('This route accepts GET only.');
  });

  it('answers 404 as JSON for an unknown parent code', async () => {
    const response = await GET(get('/api/v1/regions?parent=31.79'));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({
      parameter: 'parent',
      message: expect.stringContaining('31.79'),
    });
  });
});
