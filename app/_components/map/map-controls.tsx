'use client';

import { CLASS_METHODS, type ClassMethod } from '@/lib/dashboard/classify';
import { useTranslate } from '@/lib/i18n/translation-provider';
import { useUrlParams } from '../shell/use-url-params';
import { ParamSelect, type SelectGroup, type SelectOption } from '../ui/param-select';

export type MapControlsProps = {
  themes: SelectOption[];
  theme: string;
  /** The indicators of the chosen theme. */
  indicators: SelectGroup[];
  indicator: string;
  /** Earlier periods a change can be measured from, newest first, as value and label. */
  comparePeriods: SelectOption[];
  compare: string | undefined;
  method: ClassMethod;
  regions: (SelectOption | SelectGroup)[];
  region: string | undefined;
  display: 'peta' | 'tabel';
};

/** The map's choices, each kept in the URL: theme, indicator, change since, classification, region, view. */
export function MapControls(props: MapControlsProps) {
  const t = useTranslate();
  const { update, pending } = useUrlParams();
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <ParamSelect
          label={t('controls.theme')}
          value={props.theme}
          options={props.themes}
          busy={pending}
          onChange={(theme) => update({ tema: theme, indikator: null })}
        />
        <ParamSelect
          label={t('picker.indicator')}
          value={props.indicator}
          options={props.indicators}
          busy={pending}
          onChange={(indicator) => update({ indikator: indicator, tema: null })}
        />
        <ParamSelect
          label={t('controls.compare')}
          value={props.compare ?? ''}
          options={[{ value: '', label: t('controls.compareNone') }, ...props.comparePeriods]}
          busy={pending}
          onChange={(period) => update({ banding: period || null })}
        />
        <ParamSelect
          label={t('controls.method')}
          value={props.method}
          options={CLASS_METHODS.map((method) => ({ value: method, label: t(`legend.method.${method}`) }))}
          busy={pending}
          onChange={(method) => update({ kelas: method })}
        />
        <ParamSelect
          label={t('controls.region')}
          value={props.region ?? ''}
          options={[{ value: '', label: t('controls.regionAll') }, ...props.regions]}
          busy={pending}
          onChange={(region) => update({ wilayah: region || null })}
        />
      </div>
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">{t('controls.display')}</legend>
        {(['peta', 'tabel'] as const).map((display) => (
          <button
            key={display}
            type="button"
            aria-pressed={props.display === display}
            onClick={() => update({ tampilan: display === 'peta' ? null : display })}
            className={`rounded-tremor-default border px-3 py-1.5 text-tremor-default font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand ${
              props.display === display
                ? 'border-tremor-brand bg-tremor-brand text-white'
                : 'border-tremor-border bg-white text-tremor-content-emphasis hover:bg-tremor-background-subtle'
            }`}
          >
            {t(`controls.display.${display}`)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
