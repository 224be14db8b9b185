import { readFile } from 'node:fs/promises';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { UserFacingError } from '../errors';

export type BoundaryFeature = Feature<Polygon | MultiPolygon | null, Record<string, unknown> | null>;

function refuse(messageId: string, messageEn: string): never {
  throw new UserFacingError(messageId, messageEn, 2);
}

/** Reads a GeoJSON FeatureCollection of kelurahan polygons, or refuses the file with a message naming what is wrong. */
export async function readBoundaryFile(filePath: string): Promise<BoundaryFeature[]> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      refuse(`Berkas batas wilayah tidak ditemukan: ${filePath}`, `Boundary file not found: ${filePath}`);
    refuse(
      `Berkas batas wilayah tidak dapat dibaca (${code}): ${filePath}`,
      `Cannot read the boundary file (${code}): ${filePath}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    refuse(
      `${filePath} bukan JSON yang sah (${(error as Error).message}). Yang diterima: GeoJSON FeatureCollection.`,
      `${filePath} is not valid JSON (${(error as Error).message}). Accepted: a GeoJSON FeatureCollection.`,
    );
  }
  const collection = parsed as Partial<FeatureCollection>;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    refuse(
      `${filePath} bukan GeoJSON FeatureCollection (ditemukan type "${String(collection?.type)}").`,
      `${filePath} is not a GeoJSON FeatureCollection (found type "${String(collection?.type)}").`,
    );
  }
  return collection.features as BoundaryFeature[];
}
