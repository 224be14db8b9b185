'use client';

import dynamic from 'next/dynamic';
import type { KelurahanMapProps } from './kelurahan-map';

const KelurahanMap = dynamic(() => import('./kelurahan-map').then((module) => module.KelurahanMap), {
  ssr: false,
  loading: () => <MapMessage text="Memuat peta…" busy />,
});

export function MapLoader(props: KelurahanMapProps) {
  return <KelurahanMap {...props} />;
}

export function MapMessage({ text, busy = false }: { text: string; busy?: boolean }) {
  return (
    <div
      role="status"
      aria-busy={busy}
      className="flex h-[28rem] items-center justify-center bg-tremor-background-subtle p-6 text-center text-tremor-default text-tremor-content"
    >
      {text}
    </div>
  );
}
