import type { ClassMethod } from '@/lib/dashboard/classify';
import { getMapView } from '@/lib/dashboard/map-view';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/i18n/period-label';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { listGeoAssetVersions } from '@/lib/queries/get-geo-asset';
import { FigureDownloads } from '../ui/figure-downloads';
import { MapExplorer } from './map-explorer';
import { MapMessage } from './map-message';

export type IndicatorMapProps = {
  indicator: Indicator;
  period: string;
  /** The periode the change is measured from: the previous one, or `banding` on a change map. */
  compare: string | undefined;
  mode: 'value' | 'change';
  method: ClassMethod;
  region?: string | undefined;
  display?: 'peta' | 'tabel';
  compact?: boolean;
};

/**
 * The kelurahan map of an indicator (or its table): reads the aggregated values and the versions of the
 * boundaries on the server, and hands the drawing to the browser.
 */
export async function IndicatorMap({ indicator, period, compare, mode, method, ...rest }: IndicatorMapProps) {
  const [t, { db }] = await Promise.all([getTranslator(), getDatabase()]);
  const env = readEnv();
  const [versions, view] = await Promise.all([
    listGeoAssetVersions(db),
    getMapView(db, { indicator, period, compare, mode, method }, env.minDenominator),
  ]);
  const kelurahan = versions.find((asset) => asset.name === 'kelurahan');
  const outlines = versions.find((asset) => asset.name === 'outlines');
  if (!kelurahan || !outlines) return <BoundariesMissing t={t} />;
  const query = {
    indicator: indicator.id,
    period,
    compare: mode === 'change' ? compare : undefined,
    classes: method,
    region: rest.region,
  };
  return (
    <>
      {rest.display === 'tabel' ? null : (
        <div className="flex justify-end px-4 pb-2">
          <FigureDownloads kind="map" query={query} label={t('map.title')} t={t} />
        </div>
      )}
      <MapExplorer
        view={view}
        indicator={indicator}
        method={method}
        minDenominator={env.minDenominator}
        sources={{
          kelurahanUrl: `/api/v1/geo/kelurahan?v=${kelurahan.sha256}`,
          outlinesUrl: `/api/v1/geo/outlines?v=${outlines.sha256}`,
          tileUrl: env.mapTileUrl,
          tileAttribution: env.mapTileAttribution,
        }}
        compareLabel={compare ? periodLabel(t, compare) : undefined}
        {...rest}
      />
    </>
  );
}

/** Where the map stands before there are any values: says what is missing, the boundaries or the data. */
export async function MapWithoutValues() {
  const [t, { db }] = await Promise.all([getTranslator(), getDatabase()]);
  const versions = await listGeoAssetVersions(db);
  if (versions.length < 2) return <BoundariesMissing t={t} />;
  return <MapMessage>{t('overview.noData')}</MapMessage>;
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
