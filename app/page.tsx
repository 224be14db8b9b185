import { Card, Title } from '@tremor/react';
import { Suspense } from 'react';
import { CityList } from './_components/city-list';
import { OverviewMap } from './_components/map/overview-map';
import { CardSkeleton } from './_components/ui/card-skeleton';

export const dynamic = 'force-dynamic';

export default function OverviewPage() {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <Card className="p-0">
        <div className="px-4 pb-2 pt-4">
          <Title>Peta kelurahan DKI Jakarta</Title>
          <p className="text-tremor-default text-tremor-content">
            267 kelurahan dengan batas kecamatan dan kota; Kepulauan Seribu ditampilkan di sisipan.
          </p>
        </div>
        <Suspense fallback={<div className="h-[28rem] animate-pulse bg-tremor-background-subtle" />}>
          <OverviewMap />
        </Suspense>
      </Card>
      <Suspense fallback={<CardSkeleton title="Kota dan kabupaten" />}>
        <CityList />
      </Suspense>
    </div>
  );
}
