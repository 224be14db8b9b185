import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserFacingError } from '../errors';
import { formatCount } from '../format';
import { comparePeriods, formatPeriod, type Period, parsePeriod } from '../register/periods';
import {
  GENERATE_DEFAULTS,
  type GenerateOptions,
  type GenerateSummary,
  generateSubmission,
  MAX_INVALID_RATE,
  MAX_SCALE,
} from '../synthetic/generate';
import { runCommand } from './run-command';

const USAGE =
  'npm run data:generate -- --out FOLDER [--scale S] [--seed N] [--from 2024S1] [--to 2026S2] [--format csv|xlsx] [--invalid-rate R]';

function badArgument(messageId: string, messageEn: string): UserFacingError {
  return new UserFacingError(`${messageId}\n  Pemakaian: ${USAGE}`, `${messageEn}\n  Usage: ${USAGE}`, 2);
}

function readArguments(args: string[]): GenerateOptions {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        scale: { type: 'string' },
        seed: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        'invalid-rate': { type: 'string' },
      },
    }));
  } catch (error) {
    throw parseFailure(error);
  }

  const outDir = values.out;
  if (!outDir) {
    throw badArgument(
      'Sebutkan folder keluaran dengan --out FOLDER.',
      'Give the output folder with --out FOLDER.',
    );
  }
  const scale = values.scale === undefined ? GENERATE_DEFAULTS.scale : Number(values.scale);
  if (values.scale !== undefined && !(values.scale.trim() !== '' && scale > 0 && scale <= MAX_SCALE)) {
    throw badArgument(
      `--scale harus angka lebih dari 0 dan paling besar ${MAX_SCALE} (1 = seluruh Jakarta, mis. 0.01), bukan "${values.scale}".`,
      `--scale must be a number above 0 and at most ${MAX_SCALE} (1 = all of Jakarta, e.g. 0.01), not "${values.scale}".`,
    );
  }
  const seed = values.seed === undefined ? GENERATE_DEFAULTS.seed : Number(values.seed);
  if (values.seed !== undefined && !(/^\d+$/.test(values.seed.trim()) && Number.isSafeInteger(seed))) {
    throw badArgument(
      `--seed harus bilangan bulat 0 atau lebih (mis. 1), bukan "${values.seed}".`,
      `--seed must be a whole number, 0 or more (e.g. 1), not "${values.seed}".`,
    );
  }
  const from = readPeriod('--from', values.from, GENERATE_DEFAULTS.from);
  const to = readPeriod('--to', values.to, GENERATE_DEFAULTS.to);
  if (comparePeriods(from, to) > 0) {
    throw badArgument(
      `--from (${formatPeriod(from)}) jatuh setelah --to (${formatPeriod(to)}): periode awal harus sama dengan atau sebelum periode akhir.`,
      `--from (${formatPeriod(from)}) is after --to (${formatPeriod(to)}): the first period must be the same as or before the last.`,
    );
  }
  const format = values.format ?? GENERATE_DEFAULTS.format;
  if (format !== 'csv' && format !== 'xlsx') {
    throw badArgument(
      `--format harus csv atau xlsx, bukan "${format}".`,
      `--format must be csv or xlsx, not "${format}".`,
    );
  }
  const rateText = values['invalid-rate'];
  const invalidRate = rateText === undefined ? GENERATE_DEFAULTS.invalidRate : Number(rateText);
  if (
    rateText !== undefined &&
    !(rateText.trim() !== '' && invalidRate >= 0 && invalidRate <= MAX_INVALID_RATE)
  ) {
    throw badArgument(
      `--invalid-rate harus angka dari 0 sampai ${MAX_INVALID_RATE} (bagian baris yang sengaja dirusak, mis. 0.02), bukan "${rateText}".`,
      `--invalid-rate must be a number from 0 to ${MAX_INVALID_RATE} (the share of rows deliberately broken, e.g. 0.02), not "${rateText}".`,
    );
  }
  return { outDir, scale, seed, from, to, format, invalidRate };
}

const OPTION_LIST = '--out, --scale, --seed, --from, --to, --format, --invalid-rate';

/** parseArgs' complaint, retold in both languages. */
function parseFailure(error: unknown): UserFacingError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return badArgument(
      `Pilihan ${quoted} tidak dikenal. Pilihan yang ada: ${OPTION_LIST}.`,
      `Unknown option ${quoted}. The options are ${OPTION_LIST}.`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[a-z-]+/.exec(message)?.[0] ?? quoted;
    return badArgument(`Pilihan ${flag} perlu nilai.`, `Option ${flag} needs a value.`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return badArgument(
      `Argumen "${quoted}" tidak dikenal: semua masukan diberikan lewat pilihan (${OPTION_LIST}).`,
      `Unexpected argument "${quoted}": everything is given through options (${OPTION_LIST}).`,
    );
  }
  return badArgument(`Argumen tidak dapat dibaca: ${message}`, `The arguments cannot be read: ${message}`);
}

function readPeriod(flag: string, text: string | undefined, fallback: Period): Period {
  if (text === undefined) return fallback;
  const period = parsePeriod(text.trim());
  if (!period) {
    throw badArgument(
      `${flag} harus periode seperti 2025S1 (S1 = Januari-Juni, S2 = Juli-Desember), bukan "${text}".`,
      `${flag} must be a period such as 2025S1 (S1 = January-June, S2 = July-December), not "${text}".`,
    );
  }
  return period;
}

function printSummary(options: GenerateOptions, summary: GenerateSummary, seconds: number): void {
  const brokenNote =
    options.invalidRate > 0 ? `, ${formatCount(summary.broken.total)} baris sengaja dirusak` : '';
  console.log(
    `✔ Data Dasawisma sintetis ditulis ke ${options.outDir} (${options.format}, skala ${options.scale}, seed ${options.seed}${brokenNote}) dalam ${seconds.toFixed(1)} dtk.`,
  );
  const fileNames = summary.files.map((file) => path.basename(file)).join(', ');
  const rows = (['keluarga', 'individu', 'hunian', 'target'] as const)
    .map((table) => {
      const broken = summary.broken.byFile[table];
      const note = broken > 0 ? ` (${formatCount(broken)} rusak)` : '';
      return `${table} ${formatCount(summary.rows[table])}${note}`;
    })
    .join(' · ');
  console.log(`  Berkas: ${fileNames}`);
  console.log(`  Baris: ${rows}`);
  const persons = summary.periods
    .map((period) => `${period} ${formatCount(summary.personsByPeriod[period] ?? 0)}`)
    .join(' · ');
  console.log(`  Jiwa per periode: ${persons}`);
}

await runCommand(async () => {
  const options = readArguments(process.argv.slice(2));
  const started = performance.now();
  const summary = await generateSubmission(options);
  printSummary(options, summary, (performance.now() - started) / 1000);
});
