import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { listGeoAssetVersions } from '@/lib/queries/get-geo-asset';
import { MapLoader } from './map-loader';

export async function OverviewMap() {
  const { db } = await getDatabase();
  const versions = await listGeoAssetVersions(db);
  const kelurahan = versions.find((asset) => asset.name === 'kelurahan');
  const outlines = versions.find((asset) => asset.name === 'outlines');
  if (!kelurahan || !outlines) return <BoundariesMissing />;
  const env = readEnv();
  return (
    <MapLoader
      kelurahanUrl={`/api/v1/geo/kelurahan?v=${kelurahan.sha256}`}
      outlinesUrl={`/api/v1/geo/outlines?v=${outlines.sha256}`}
      tileUrl={env.mapTileUrl}
      tileAttribution={env.mapTileAttribution}
    />
  );
}

function BoundariesMissing() {
  return (
    <div
      role="status"
      className="flex h-[28rem] items-center justify-center bg-tremor-background-subtle p-6 text-center"
    >
      <div className="max-w-md space-y-2">
        <p className="font-medium text-tremor-content-emphasis">Batas kelurahan belum dimuat.</p>
        <p className="text-tremor-default text-tremor-content">
          Peta akan tampil setelah berkas GeoJSON batas kelurahan dimuat dengan{' '}
          <code className="rounded bg-white px-1">npm run geo:import -- PATH</code>. Data lain tetap dapat
          dilihat.
        </p>
      </div>
    </div>
  );
}
