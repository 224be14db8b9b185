import { KEPULAUAN_SERIBU_CODE, PROVINCE_CODE } from '../geo/region-codes';
import type { Translate } from '../i18n/translate';
import type { RegionRow } from '../queries/list-regions';

/** A region as the comparison offers and names it. */
export type RegionChoice = {
  code: string;
  name: string;
  /** The level in words: provinsi, kota, kabupaten, kecamatan, kelurahan. */
  levelName: string;
  /** The level and, below a kota, the kota: "kecamatan, Jakarta Pusat". */
  context: string;
  /** The name with its context, unique across Jakarta: "Gambir (kecamatan, Jakarta Pusat)". */
  label: string;
};

function levelName(region: RegionRow, t: Translate): string {
  if (region.level === 'city')
    return region.code === KEPULAUAN_SERIBU_CODE ? t('compare.level.regency') : t('compare.level.city');
  return t(`compare.level.${region.level}`);
}

/** Every region with the words that tell it apart from a namesake: its level and, below a kota, the kota. */
export function regionChoices(regions: RegionRow[], t: Translate): RegionChoice[] {
  const names = new Map(regions.map((region) => [region.code, region.name]));
  return regions.map((region) => {
    const level = levelName(region, t);
    const city = region.code.length > 5 ? names.get(region.code.slice(0, 5)) : undefined;
    const context = city ? t('compare.regionContext', { level, city }) : level;
    return {
      code: region.code,
      name: region.name,
      levelName: level,
      context,
      label: t('compare.regionLabel', { name: region.name, context }),
    };
  });
}

/** The names the chart uses: the plain name, with its level where two chosen regions share a name. */
export function shortNames(chosen: RegionChoice[]): string[] {
  return chosen.map((region) =>
    chosen.some((other) => other.code !== region.code && other.name === region.name)
      ? `${region.name} (${region.levelName})`
      : region.name,
  );
}

/** DKI Jakarta and its six kota: the regions an empty comparison suggests. */
export function suggestedRegions(choices: RegionChoice[]): RegionChoice[] {
  return choices.filter((choice) => choice.code === PROVINCE_CODE || choice.code.length === 5);
}
