import { parseArgs } from 'node:util';
import { migrateDatabase } from '../db/migrate';
import { UserFacingError } from '../errors';
import { dropValuesOutside, refreshIndicatorValues, registerPeriods } from '../indicators/refresh';
import { parsePeriod } from '../register/periods';
import { inRegisterTransaction } from '../register/store/session';
import { runWithDatabase } from './run-command';

/** `npm run indicators:refresh [-- --period P]`: recomputes the values of one periode, or of every periode. */
function readArguments(): { period?: string } {
  const usage = {
    id: 'Pemakaian: npm run indicators:refresh -- [--period P], dengan P periode seperti 2025S1 atau 2025S2.',
    en: 'Usage: npm run indicators:refresh -- [--period P], where P is a period such as 2025S1 or 2025S2.',
  };
  let period: string | undefined;
  try {
    period = parseArgs({ options: { period: { type: 'string' } } })
      .values.period?.trim()
      .toUpperCase();
  } catch {
    throw new UserFacingError(usage.id, usage.en, 2);
  }
  if (period !== undefined && !parsePeriod(period))
    throw new UserFacingError(
      `--period "${period}" tidak sah. ${usage.id}`,
      `--period "${period}" is not valid. ${usage.en}`,
      2,
    );
  return { period };
}

await runWithDatabase(async (handle) => {
  const { period } = readArguments();
  await migrateDatabase(handle);
  const started = Date.now();
  const refreshed = await inRegisterTransaction(handle, async (session) => {
    const stored = await registerPeriods(session.query);
    if (period !== undefined && !stored.includes(period))
      throw new UserFacingError(
        `Register tidak memuat data periode ${period}. Periode yang ada: ${stored.join(', ') || 'belum ada'}.`,
        `The register holds no data for period ${period}. Periods held: ${stored.join(', ') || 'none yet'}.`,
        2,
      );
    if (period === undefined) await dropValuesOutside(session.query, stored);
    return refreshIndicatorValues(session.query, handle.driver, period === undefined ? stored : [period]);
  });
  if (refreshed.length === 0) {
    console.log(
      'Register masih kosong: tidak ada nilai indikator untuk dihitung. / The register is empty: nothing to compute.',
    );
    return;
  }
  for (const { periode, rows, kelurahan } of refreshed)
    console.log(`✔ ${periode}: ${rows.toLocaleString('id-ID')} nilai indikator dari ${kelurahan} kelurahan.`);
  console.log(
    `  Selesai dalam ${((Date.now() - started) / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} dtk.`,
  );
});
