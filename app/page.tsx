import { Card, Title } from '@tremor/react';
import { Suspense } from 'react';
import { CityList } from './_components/city-list';
import { MapMessage } from './_components/map/map-message';
import { OverviewMap } from './_components/map/overview-map';
import { CardSkeleton } from './_components/ui/card-skeleton';

export const dynamic = 'force-dynamic';

export default function OverviewPage() {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <Card className="p-0">
        <Title className="px-4 pb-2 pt-4">Peta kelurahan DKI Jakarta</Title>
        <Suspense fallback={<MapMessage busy>Memuat peta…</MapMessage>}>
          <OverviewMap />
        </Suspense>
      </Card>
      <Suspense fallback={<CardSkeleton title="Kota dan kabupaten" />}>
        <CityList />
      </Suspense>
    </div>
  );
}
