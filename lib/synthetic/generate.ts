/**
 * The synthetic Dasawisma submission: a believable Jakarta, kelurahan by kelurahan and period by period,
 * written in the exchange format (shared/spec/import-format.md). Same options, same seed → same files.
 * Only one kelurahan's families are in memory at a time.
 */
import { comparePeriods, type Period, periodRange } from '../register/periods';
import { BROKEN_ROW_KINDS, type BrokenRowCounts, emptyBrokenRowCounts, RowBreaker } from './broken-rows';
import { describePeriod, type PeriodInfo } from './calendar';
import { KOTA_PERSONS, loadKelurahanProfiles } from './kelurahan-profiles';
import { PeriodLevels } from './levels';
import { createPools } from './people';
import { KelurahanSimulation } from './population';
import { Random } from './random';
import { RowFormatter } from './rows';
import { TABLE_NAMES, type TableName } from './vocabulary';
import {
  openCsvWriter,
  openXlsxWriter,
  type SubmissionWriter,
  XLSX_MAX_DATA_ROWS,
  xlsxTooLarge,
} from './writers';

export type GenerateOptions = {
  outDir: string;
  /** 1 is all of Jakarta (about 11 million persons per periode); at most MAX_SCALE. */
  scale: number;
  seed: number;
  from: Period;
  to: Period;
  format: 'csv' | 'xlsx';
  /** Share of the rows of each file that are deliberately broken, 0 to MAX_INVALID_RATE. */
  invalidRate: number;
};

export type GenerateSummary = {
  format: 'csv' | 'xlsx';
  /** The files written. */
  files: string[];
  /** The periods generated, oldest first (e.g. `2025S1`). */
  periods: string[];
  /** Data rows written per file (without the header), broken rows included. */
  rows: Record<TableName, number>;
  /** Persons (individu rows) and families (keluarga rows) per periode. */
  personsByPeriod: Record<string, number>;
  familiesByPeriod: Record<string, number>;
  /** Deliberately broken rows, per file and per kind (see BROKEN_ROW_KINDS). */
  broken: { total: number; byFile: Record<TableName, number>; byKind: BrokenRowCounts };
};

export const MAX_SCALE = 2;
export const MAX_INVALID_RATE = 0.5;
export const GENERATE_DEFAULTS = {
  scale: 0.01,
  seed: 1,
  from: { year: 2024, half: 1 },
  to: { year: 2026, half: 2 },
  format: 'csv',
  invalidRate: 0,
} as const satisfies Omit<GenerateOptions, 'outDir'>;

const DRAIN_EVERY_FAMILIES = 4096;
/** Share of kelurahan-periods for which civil registration gives no target figure. */
const MISSING_TARGET_SHARE = 0.01;
/** Civil registration still counts some families that have left: the target runs 0-3% above the truth. */
const TARGET_EXCESS = 0.03;

/** Throws a RangeError for options no caller should pass (the CLI checks them with friendlier messages). */
export function checkGenerateOptions(options: GenerateOptions): void {
  if (!(options.scale > 0 && options.scale <= MAX_SCALE)) throw new RangeError(`scale ${options.scale}`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed ${options.seed}`);
  if (!(options.invalidRate >= 0 && options.invalidRate <= MAX_INVALID_RATE)) {
    throw new RangeError(`invalidRate ${options.invalidRate}`);
  }
  if (comparePeriods(options.from, options.to) > 0) throw new RangeError('from is after to');
  if (options.format !== 'csv' && options.format !== 'xlsx') throw new RangeError(`format ${options.format}`);
}

/** Persons per periode the options ask for: the kota totals of DESIGN.md times the scale. */
export function expectedPersonsPerPeriod(scale: number): number {
  let total = 0;
  for (const persons of Object.values(KOTA_PERSONS)) total += persons;
  return total * scale;
}

export async function generateSubmission(options: GenerateOptions): Promise<GenerateSummary> {
  checkGenerateOptions(options);
  const periods = periodRange(options.from, options.to).map(describePeriod);
  if (
    options.format === 'xlsx' &&
    expectedPersonsPerPeriod(options.scale) * periods.length > XLSX_MAX_DATA_ROWS
  ) {
    throw xlsxTooLarge('individu');
  }
  const profiles = await loadKelurahanProfiles();
  const summary = emptySummary(options.format, periods);
  const breaker = new RowBreaker(options.seed, options.invalidRate);
  const pools = createPools();

  const writer =
    options.format === 'csv' ? await openCsvWriter(options.outDir) : await openXlsxWriter(options.outDir);
  try {
    for (const profile of profiles) {
      const simulation = new KelurahanSimulation(profile, {
        seed: options.seed,
        scale: options.scale,
        kelurahanTotal: profiles.length,
        pools,
      });
      const context: RoundContext = {
        simulation,
        formatter: new RowFormatter(profile),
        targets: new Random('target', options.seed, profile.code),
        breaker,
        writer,
        summary,
      };
      for (const [index, period] of periods.entries()) {
        if (index === 0) simulation.start(period);
        else simulation.advance(period);
        await writeRound(context, period);
      }
      simulation.recycle();
    }
    await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  summary.files = [...writer.files];
  for (const kind of BROKEN_ROW_KINDS) {
    const count = breaker.counts[kind.code];
    summary.broken.byKind[kind.code] = count;
    summary.broken.byFile[kind.file] += count;
    summary.broken.total += count;
  }
  return summary;
}

type RoundContext = {
  simulation: KelurahanSimulation;
  formatter: RowFormatter;
  targets: Random;
  breaker: RowBreaker;
  writer: SubmissionWriter;
  summary: GenerateSummary;
};

/** The rows of one kelurahan for one periode: recorded families and their members, dwellings, target. */
async function writeRound(context: RoundContext, period: PeriodInfo): Promise<void> {
  const { simulation, formatter, breaker, writer, summary } = context;
  const levels = new PeriodLevels(simulation.profile, period.index);
  const keluarga = writer.sink('keluarga');
  const individu = writer.sink('individu');
  const hunian = writer.sink('hunian');
  const breaking = breaker.enabled;
  let families = 0;
  let persons = 0;

  for (const family of simulation.families) {
    if (!family.recorded) continue;
    // A big kelurahan writes tens of megabytes: let the files catch up now and then.
    if (families % DRAIN_EVERY_FAMILIES === DRAIN_EVERY_FAMILIES - 1) await writer.drain();
    family.dwelling.stamp = period.index;
    const familyCells = formatter.keluargaRow(family, levels, period);
    const familyBroken = breaking && breaker.keluarga(familyCells, family, period);
    keluarga.add(familyCells, familyBroken);
    families++;
    for (const person of family.members) {
      const personCells = formatter.individuRow(person, family, levels, period);
      const broken = breaking && breaker.individu(personCells, person, family, familyBroken, simulation.ids);
      individu.add(personCells, broken);
      persons++;
    }
  }

  let dwellings = 0;
  for (const dwelling of simulation.dwellings.all) {
    if (dwelling.stamp !== period.index && dwelling.families !== 0) continue;
    const cells = formatter.hunianRow(dwelling, levels, period);
    hunian.add(cells, breaking && breaker.hunian(cells));
    dwellings++;
  }

  const targets = context.targets;
  const excess = 1 + TARGET_EXCESS * targets.next();
  if (!targets.chance(MISSING_TARGET_SHARE)) {
    writer.sink('target').add(formatter.targetRow(Math.round(simulation.families.length * excess), period));
    summary.rows.target++;
  }

  await writer.drain();
  summary.rows.keluarga += families;
  summary.rows.individu += persons;
  summary.rows.hunian += dwellings;
  summary.familiesByPeriod[period.label] = (summary.familiesByPeriod[period.label] ?? 0) + families;
  summary.personsByPeriod[period.label] = (summary.personsByPeriod[period.label] ?? 0) + persons;
}

function emptySummary(format: 'csv' | 'xlsx', periods: readonly PeriodInfo[]): GenerateSummary {
  const zeroPerTable = () =>
    Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])) as Record<TableName, number>;
  const zeroPerPeriod = () => Object.fromEntries(periods.map((period) => [period.label, 0]));
  return {
    format,
    files: [],
    periods: periods.map((period) => period.label),
    rows: zeroPerTable(),
    personsByPeriod: zeroPerPeriod(),
    familiesByPeriod: zeroPerPeriod(),
    broken: {
      total: 0,
      byFile: zeroPerTable(),
      byKind: emptyBrokenRowCounts(),
    },
  };
}
