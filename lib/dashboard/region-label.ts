import { KEPULAUAN_SERIBU_CODE } from '../geo/region-codes';
import type { Translate } from '../i18n/translate';
import type { RegionRow } from '../queries/list-regions';

/**
 * A region's name that cannot be taken for another's: a kelurahan and its kecamatan often share one
 * (`Kel. Gambir`, `Kec. Gambir`); kota and the province go by their names.
 */
export function regionLabel(region: Pick<RegionRow, 'level' | 'name'>, t: Translate): string {
  if (region.level === 'village') return t('profile.shortName.village', { name: region.name });
  if (region.level === 'district') return t('profile.shortName.district', { name: region.name });
  return region.name;
}

/** What kind of region it is: `Kelurahan`, `Kecamatan`, `Kota administrasi`, `Kabupaten administrasi`, `Provinsi`. */
export function levelLabel(region: Pick<RegionRow, 'level' | 'code'>, t: Translate): string {
  if (region.code === KEPULAUAN_SERIBU_CODE) return t('profile.level.regency');
  return t(`profile.level.${region.level}`);
}
