import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
/** The boundary file the project reads by default; CI and every clone have ../shared beside them. */
export const SHARED_BOUNDARIES = path.resolve(PROJECT_ROOT, '../shared/geo/jakarta-kelurahan.geojson');
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');
