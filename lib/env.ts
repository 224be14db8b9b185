import path from 'node:path';

/** Every environment variable the app reads, with its default. The README's table mirrors this. */
export type AppEnv = {
  databaseUrl: string | undefined;
  pgliteDir: string;
  geoBoundaries: string;
  mapTileUrl: string | undefined;
  mapTileAttribution: string | undefined;
  /** Secret for the keyed hashes of NIK and No KK; required when NODE_ENV is production. */
  identityKey: string | undefined;
  /** Where a development identity key is kept when IDENTITY_KEY is unset: beside the PGlite folder. */
  identityKeyFile: string;
  production: boolean;
  /** Scale of the synthetic demo that a new embedded database fills itself with; 0 turns it off. */
  demoScale: number;
  /** Values over a denominator below this are withheld wherever they leave the server. */
  minDenominator: number;
};

/** About 110,000 persons per periode over six periods: the first start stays well under 90 seconds. */
export const DEFAULT_DEMO_SCALE = 0.01;

function demoScale(value: string | undefined): number {
  const scale = Number(nonEmpty(value) ?? DEFAULT_DEMO_SCALE);
  return Number.isFinite(scale) && scale >= 0 && scale <= 1 ? scale : DEFAULT_DEMO_SCALE;
}

export const DEFAULT_MIN_DENOMINATOR = 10;

function minDenominator(value: string | undefined): number {
  const minimum = Number(nonEmpty(value) ?? DEFAULT_MIN_DENOMINATOR);
  return Number.isInteger(minimum) && minimum >= 1 ? minimum : DEFAULT_MIN_DENOMINATOR;
}

export const DEFAULT_PGLITE_DIR = '.data/pglite';
export const DEFAULT_GEO_BOUNDARIES = '../shared/geo/jakarta-kelurahan.geojson';

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  return {
    databaseUrl: nonEmpty(source.DATABASE_URL),
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ nonEmpty(source.PGLITE_DIR) ?? DEFAULT_PGLITE_DIR),
    geoBoundaries: path.resolve(
      /*turbopackIgnore: true*/ nonEmpty(source.GEO_BOUNDARIES) ?? DEFAULT_GEO_BOUNDARIES,
    ),
    mapTileUrl: nonEmpty(source.MAP_TILE_URL),
    mapTileAttribution: nonEmpty(source.MAP_TILE_ATTRIBUTION),
    identityKey: nonEmpty(source.IDENTITY_KEY),
    identityKeyFile: path.join(
      path.dirname(path.resolve(/*turbopackIgnore: true*/ nonEmpty(source.PGLITE_DIR) ?? DEFAULT_PGLITE_DIR)),
      'identity-key',
    ),
    production: source.NODE_ENV === 'production',
    demoScale: demoScale(source.DEMO_SCALE),
    minDenominator: minDenominator(source.MIN_DENOMINATOR),
  };
}
