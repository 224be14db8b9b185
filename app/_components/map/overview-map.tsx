import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { listGeoAssetVersions } from '@/lib/queries/get-geo-asset';
import { MapLoader } from './map-loader';
import { MapMessage } from './map-message';

export async function OverviewMap() {
  const { db } = await getDatabase();
  const versions = await listGeoAssetVersions(db);
  const kelurahan = versions.find((asset) => asset.name === 'kelurahan');
  const outlines = versions.find((asset) => asset.name === 'outlines');
  if (!kelurahan || !outlines) return <BoundariesMissing />;
  const env = readEnv();
  return (
    <>
      <p className="px-4 pb-2 text-tremor-default text-tremor-content">
        267 kelurahan dengan batas kecamatan dan kota; Kepulauan Seribu ditampilkan di sisipan.
      </p>
      <MapLoader
        kelurahanUrl={`/api/v1/geo/kelurahan?v=${kelurahan.sha256}`}
        outlinesUrl={`/api/v1/geo/outlines?v=${outlines.sha256}`}
        tileUrl={env.mapTileUrl}
        tileAttribution={env.mapTileAttribution}
      />
    </>
  );
}

function BoundariesMissing() {
  return (
    <MapMessage>
      <span className="block max-w-md space-y-2">
        <span className="block font-medium text-tremor-content-emphasis">Batas kelurahan belum dimuat.</span>
        <span className="block">
          Peta akan tampil setelah berkas GeoJSON batas kelurahan dimuat dengan{' '}
          <code className="rounded bg-white px-1">npm run geo:import -- PATH</code>. Data lain tetap dapat
          dilihat.
        </span>
      </span>
    </MapMessage>
  );
}
