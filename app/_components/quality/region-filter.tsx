'use client';

import { useTranslate } from '@/lib/i18n/translation-provider';
import { useUrlParams } from '../shell/use-url-params';
import { ParamSelect, type SelectOption } from '../ui/param-select';

/** Narrows the map and the table to one kota (`wilayah` in the URL), or shows all of Jakarta. */
export function RegionFilter({ cities, value }: { cities: SelectOption[]; value: string | undefined }) {
  const t = useTranslate();
  const { update, pending } = useUrlParams();
  return (
    <div className="w-full sm:w-72">
      <ParamSelect
        label={t('controls.region')}
        value={value ?? ''}
        options={[{ value: '', label: t('controls.regionAll') }, ...cities]}
        busy={pending}
        onChange={(region) => update({ wilayah: region || null })}
      />
    </div>
  );
}
