import { Card, List, ListItem, Title } from '@tremor/react';
import { getDatabase } from '@/lib/db/server';
import { formatCount } from '@/lib/format';
import { getTranslator } from '@/lib/i18n/locale';
import { listCities } from '@/lib/queries/list-cities';

export async function CityList() {
  const [t, { db }] = await Promise.all([getTranslator(), getDatabase()]);
  const cities = await listCities(db);
  return (
    <Card>
      <Title>{t('cities.title')}</Title>
      {cities.length === 0 ? (
        <p className="mt-3 text-tremor-default text-tremor-content">
          {t.rich('cities.empty', { command: <code>npm run db:migrate</code> })}
        </p>
      ) : (
        <List className="mt-3" aria-label={t('cities.listLabel')}>
          {cities.map((city) => (
            <ListItem key={city.code} data-kota={city.code} className="flex-wrap gap-x-4">
              <span className="font-medium text-tremor-content-emphasis">{city.name}</span>
              <span className="text-right">
                {t('cities.counts', {
                  districts: formatCount(city.districts, t.numberLocale),
                  villages: formatCount(city.villages, t.numberLocale),
                })}
              </span>
            </ListItem>
          ))}
        </List>
      )}
    </Card>
  );
}
