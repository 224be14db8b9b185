'use client';

import { useTranslate } from '@/lib/i18n/translation-provider';
import { useUrlParams } from '../shell/use-url-params';
import { ParamSelect, type SelectGroup } from '../ui/param-select';

/** The indicator of the view, grouped by theme; the choice lives in the URL (`indikator`). */
export function IndicatorPicker({ groups, value }: { groups: SelectGroup[]; value: string }) {
  const t = useTranslate();
  const { update, pending } = useUrlParams();
  return (
    <ParamSelect
      label={t('picker.indicator')}
      value={value}
      options={groups}
      busy={pending}
      onChange={(indicator) => update({ indikator: indicator, tema: null })}
    />
  );
}
