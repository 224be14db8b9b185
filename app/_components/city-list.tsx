import { Card, List, ListItem, Title } from '@tremor/react';
import { getDatabase } from '@/lib/db/server';
import { formatCount } from '@/lib/format';
import { listCities } from '@/lib/queries/list-cities';

export async function CityList() {
  const { db } = await getDatabase();
  const cities = await listCities(db);
  return (
    <Card>
      <Title>Kota dan kabupaten</Title>
      {cities.length === 0 ? (
        <p className="mt-3 text-tremor-default text-tremor-content">
          Daftar wilayah belum dimuat. Jalankan <code>npm run db:migrate</code>.
        </p>
      ) : (
        <List className="mt-3" aria-label="Kota dan kabupaten DKI Jakarta">
          {cities.map((city) => (
            <ListItem key={city.code} data-kota={city.code} className="flex-wrap gap-x-4">
              <span className="font-medium text-tremor-content-emphasis">{city.name}</span>
              <span className="text-right">
                {formatCount(city.districts)} kecamatan · {formatCount(city.villages)} kelurahan
              </span>
            </ListItem>
          ))}
        </List>
      )}
    </Card>
  );
}
