import { Card, Title } from '@tremor/react';

export function CardSkeleton({ title }: { title: string }) {
  return (
    <Card aria-busy="true">
      <Title>{title}</Title>
      <div className="mt-4 space-y-3">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="h-5 animate-pulse rounded bg-tremor-background-subtle" />
        ))}
      </div>
    </Card>
  );
}
