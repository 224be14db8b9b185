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
};

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
  };
}
