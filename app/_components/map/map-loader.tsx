'use client';

import dynamic from 'next/dynamic';
import type { KelurahanMapProps } from './kelurahan-map';
import { MapMessage } from './map-message';

const KelurahanMap = dynamic(() => import('./kelurahan-map').then((module) => module.KelurahanMap), {
  ssr: false,
  loading: () => <MapMessage busy>Memuat peta…</MapMessage>,
});

export function MapLoader(props: KelurahanMapProps) {
  return <KelurahanMap {...props} />;
}
