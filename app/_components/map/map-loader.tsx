'use client';

import dynamic from 'next/dynamic';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { KelurahanMapProps } from './kelurahan-map';
import { MapMessage } from './map-message';

function MapLoading() {
  const t = useTranslate();
  return <MapMessage busy>{t('map.loading')}</MapMessage>;
}

const KelurahanMap = dynamic(() => import('./kelurahan-map').then((module) => module.KelurahanMap), {
  ssr: false,
  loading: MapLoading,
});

export function MapLoader(props: KelurahanMapProps) {
  const { locale } = useTranslate();
  // Leaflet writes its controls' titles and the credits once, when the map is made: a new language needs a new map.
  return <KelurahanMap key={locale} {...props} />;
}
