import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the HTTP contract of the production server', () => {
  it('answers the region questions of the foundation', async () => {
    const villages = await (await fetch(`${baseUrl}/api/v1/regions?level=village`)).json();
    expect(villages.rows).toHaveLength(267);
    const pusat = await (await fetch(`${baseUrl}/api/v1/regions?level=district&parent=31.71`)).json();
    expect(pusat.rows).toHaveLength(8);
    const planet = await fetch(`${baseUrl}/api/v1/regions?level=planet`);
    expect(planet.status).toBe(400);
    expect((await planet.json()).error.parameter).toBe('level');
  });

  it('serves indicator values of the demo as JSON, CSV and XLSX from the production build', async () => {
    const periods = (await (await fetch(`${baseUrl}/api/v1/periods`)).json()).rows;
    expect(periods.map((row: { period: string }) => row.period)).toEqual([
      '2024S1',
      '2024S2',
      '2025S1',
      '2025S2',
      '2026S1',
      '2026S2',
    ]);
    expect(periods.every((row: { synthetic: boolean }) => row.synthetic)).toBe(true);
    const query = 'indicator=safe_water&level=city&compare=2026S1';
    const values = await (await fetch(`${baseUrl}/api/v1/values?${query}`)).json();
    expect(values).toMatchObject({
      indicator: 'safe_water',
      period: '2026S2',
      level: 'city',
      compare: '2026S1',
    });
    expect(values.rows).toHaveLength(6);
    for (const row of values.rows) {
      expect(row.denominator).toBeGreaterThan(0);
      if (!row.suppressed) expect(row.value).toBeCloseTo((row.numerator / row.denominator) * 100, 10);
    }
    const csv = await fetch(`${baseUrl}/api/v1/values.csv?${query}`);
    expect(csv.headers.get('content-disposition')).toContain(
      'air-minum-layak_2026S2_kota_banding-2026S1_sintetis.csv',
    );
    expect((await csv.text()).trim().split('\n')).toHaveLength(7);
    const xlsx = await fetch(`${baseUrl}/api/v1/values.xlsx?${query}`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('answers JSON, not an HTML page, for an unknown API route', async () => {
    const response = await fetch(`${baseUrl}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('serves pages with the security headers and a fresh script nonce each time', async () => {
    const first = await fetch(baseUrl);
    const second = await fetch(baseUrl);
    expect(first.headers.get('x-powered-by')).toBeNull();
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const policy = first.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it('serves boundaries that a browser may cache by their content hash', async () => {
    const response = await fetch(`${baseUrl}/api/v1/geo/kelurahan`);
    expect(response.status).toBe(200);
    expect((await response.json()).features).toHaveLength(267);
    const etag = response.headers.get('etag') ?? '';
    expect(
      (await fetch(`${baseUrl}/api/v1/geo/kelurahan`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
  });
});
