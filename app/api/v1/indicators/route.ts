import { readOnlyRoute } from '@/lib/api/respond';
import { INDICATORS, THEME_NAMES } from '@/lib/indicators/catalogue';

export const dynamic = 'force-static';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async () =>
  Response.json({
    rows: INDICATORS.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      theme: indicator.theme,
      theme_name: THEME_NAMES[indicator.theme],
      kind: indicator.kind,
      unit: indicator.unit,
      multiplier: indicator.multiplier,
      direction: indicator.direction,
      definition: indicator.definition,
      source_fields: indicator.sourceFields,
    })),
  }),
);
