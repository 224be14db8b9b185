import { parsePeriod } from '@/lib/register/periods';
import type { Translate } from './translate';

/** `2026S2` as a reader says it: `Semester 2 2026 (Jul–Des)`; an unknown code is shown as it is. */
export function periodLabel(t: Translate, code: string): string {
  const period = parsePeriod(code);
  if (!period) return code;
  const year = String(period.year);
  return period.half === 1 ? t('period.half1', { year }) : t('period.half2', { year });
}
