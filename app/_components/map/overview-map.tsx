import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/locale';
import type { Translate } from '@/lib/i18n/translate';
import { listGeoAssetVersions } from '@/lib/queries/get-geo-asset';
import { MapLoader } from './map-loader';
import { MapMessage } from './map-message';

export async function OverviewMap() {
  const [t, { db }] = await Promise.all([getTranslator(), getDatabase()]);
  const versions = await listGeoAssetVersions(db);
  const kelurahan = versions.find((asset) => asset.name === 'kelurahan');
  const outlines = versions.find((asset) => asset.name === 'outlines');
  if (!kelurahan || !outlines) return <BoundariesMissing t={t} />;
  const env = readEnv();
  return (
    <>
      <p className="px-4 pb-2 text-tremor-default text-tremor-content">{t('map.caption')}</p>
      <MapLoader
        kelurahanUrl={`/api/v1/geo/kelurahan?v=${kelurahan.sha256}`}
        outlinesUrl={`/api/v1/geo/outlines?v=${outlines.sha256}`}
        tileUrl={env.mapTileUrl}
        tileAttribution={env.mapTileAttribution}
      />
    </>
  );
}

function BoundariesMissing({ t }: { t: Translate }) {
  return (
    <MapMessage>
      <span className="block max-w-md space-y-2">
        <span className="block font-medium text-tremor-content-emphasis">
          {t('map.boundariesMissing.title')}
        </span>
        <span className="block">
          {t.rich('map.boundariesMissing.body', {
            command: <code className="rounded bg-white px-1">npm run geo:import -- PATH</code>,
          })}
        </span>
      </span>
    </MapMessage>
  );
}
