import type { SubmissionFile } from '../import/columns';
import { type Reason, reasons } from '../import/reasons';
import type { DuplicateCandidates } from '../import/stage-submission';
import type { RegisterSession } from './session';
import { createStagedTableAs, stagingTable } from './staging';

/**
 * The rules of the exchange format that relate rows to each other or to what is already stored,
 * checked in SQL over the staged submission so that memory does not grow with its size. Each rule
 * selects offending rows as (line, periode, kode_kelurahan, kept, reason), where `kept` fills the
 * `{kept}` placeholder of the message (the line that won, a stored date, a count) and `reason` picks
 * one of the rule's messages. Rejected rows are recorded and removed from the staging table, so
 * that every later rule sees only rows still standing.
 */
type CrossRowRule = {
  file: SubmissionFile;
  kind: 'rejected' | 'conflict';
  select: string;
  reasons: Record<string, { column: string; reason: Reason }>;
  /**
   * Set when the rule can only find rows after a family was removed since the last rule about persons
   * (which matched persons to families): skipped otherwise.
   */
  afterFamilyRemovals?: boolean;
  /**
   * For a rule about a key listed twice, the key's hash column: the staging's candidates (those of the
   * rule's file, or of `among`) narrow the rule where its select says CANDIDATE_ROWS (no candidates:
   * it is skipped).
   */
  duplicateKeys?: 'nik_hash' | 'kk_hash';
  among?: keyof DuplicateCandidates;
};

const KEPT = '{kept}';
const sameFamily = (a: string, b: string) => `${a}.periode = ${b}.periode AND ${a}.kk_hash = ${b}.kk_hash`;
const ageAt = (pendataan: string, lahir: string) => `date_part('year', age(${pendataan}, ${lahir}))`;
const AGE = ageAt('f.tanggal_pendataan', 'p.tanggal_lahir');
/**
 * Younger than `years` full years at the pendataan, tested first by days (n years hold at most
 * n × 365 + ⌈n / 4⌉ days), so that `age()`, costly over eleven million persons, runs only for the few
 * born recently enough.
 */
export const youngerThan = (years: number, pendataan = 'f.tanggal_pendataan', lahir = 'p.tanggal_lahir') =>
  `${pendataan} - ${lahir} < ${years * 365 + Math.ceil(years / 4)} AND ${ageAt(pendataan, lahir)} < ${years}`;

/**
 * Rows of `table` whose key occurs more than once: a hash aggregate first, so that the sort of the
 * window runs only over the duplicates (usually none), not over millions of rows.
 */
const duplicatesOf = (table: string, key: string, { outerKey = key, where = 'true' } = {}) =>
  `(${outerKey}) IN (SELECT ${key} FROM ${table} WHERE ${where} GROUP BY ${key} HAVING count(*) > 1)`;

/**
 * Where a duplicate rule looks only at rows whose hash starts like a candidate's (parameter $1); every
 * row when the candidates are unknown.
 */
const CANDIDATE_ROWS = '{candidate rows}';
const onlyCandidates = (hashColumn: string) =>
  `substring(${hashColumn} FROM 1 FOR 8) IN (SELECT decode(prefix, 'hex') FROM unnest($1::text[]) prefix)`;

const RULES: CrossRowRule[] = [
  {
    file: 'hunian',
    kind: 'rejected',
    select: `SELECT line, periode, kode_kelurahan, kept, 'duplicate' AS reason FROM (
        SELECT line, periode, kode_kelurahan,
               max(line) OVER (PARTITION BY periode, kode_kelurahan, id_hunian) AS kept
        FROM stage_hunian WHERE ${duplicatesOf('stage_hunian', 'periode, kode_kelurahan, id_hunian')}) rows
        WHERE line <> kept`,
    reasons: { duplicate: { column: 'id_hunian', reason: reasons.duplicateRow(KEPT) } },
  },
  {
    file: 'target',
    kind: 'rejected',
    select: `SELECT line, periode, kode_kelurahan, kept, 'duplicate' AS reason FROM (
        SELECT line, periode, kode_kelurahan, max(line) OVER (PARTITION BY periode, kode_kelurahan) AS kept
        FROM stage_target) rows WHERE line <> kept`,
    reasons: { duplicate: { column: 'kode_kelurahan', reason: reasons.duplicateRow(KEPT) } },
  },
  {
    // A family sent twice: the later tanggal_pendataan wins, on a tie the later line.
    file: 'keluarga',
    kind: 'rejected',
    select: `SELECT line, periode, kode_kelurahan, kept, 'superseded' AS reason FROM (
        SELECT line, periode, kode_kelurahan, first_value(line) OVER (
          PARTITION BY periode, kk_hash ORDER BY tanggal_pendataan DESC, line DESC) AS kept
        FROM stage_keluarga
        WHERE ${duplicatesOf('stage_keluarga', 'periode, kk_hash', { where: CANDIDATE_ROWS })}) rows
        WHERE line <> kept`,
    duplicateKeys: 'kk_hash',
    reasons: { superseded: { column: 'no_kk', reason: reasons.supersededFamily(KEPT) } },
  },
  {
    // A family whose stored version is more recent (a tie goes to this import), or that names no dwelling.
    file: 'keluarga',
    kind: 'rejected',
    select: `SELECT s.line, s.periode, s.kode_kelurahan, f.tanggal_pendataan AS kept,
          CASE WHEN f.tanggal_pendataan > s.tanggal_pendataan THEN 'older' ELSE 'dwelling' END AS reason
        FROM stage_keluarga s LEFT JOIN families f ON ${sameFamily('f', 's')}
        WHERE f.tanggal_pendataan > s.tanggal_pendataan
           OR (NOT EXISTS (SELECT 1 FROM stage_hunian h WHERE h.periode = s.periode
                             AND h.kode_kelurahan = s.kode_kelurahan AND h.id_hunian = s.id_hunian)
               AND NOT EXISTS (SELECT 1 FROM dwellings d WHERE d.periode = s.periode
                             AND d.kode_kelurahan = s.kode_kelurahan AND d.id_hunian = s.id_hunian))`,
    reasons: {
      older: { column: 'tanggal_pendataan', reason: reasons.olderThanStored(KEPT) },
      dwelling: { column: 'id_hunian', reason: reasons.unknownDwelling() },
    },
  },
  {
    // A person comes with their family (a row of keluarga in this submission and periode), and the
    // family's tanggal_pendataan decides the rest: birth before it, and the fields required by age.
    // Rejected families are joined rather than looked up in the CASE: a subquery there would keep the
    // plan from running in parallel.
    file: 'individu',
    kind: 'rejected',
    select: `SELECT line, periode, kode_kelurahan, NULL AS kept, reason FROM (
        SELECT p.line, p.periode, f.kode_kelurahan,
          CASE WHEN f.kk_hash IS NULL THEN
                 CASE WHEN r.kk_hash IS NOT NULL THEN 'family_rejected' ELSE 'unknown_family' END
               WHEN p.tanggal_lahir > f.tanggal_pendataan THEN 'born_after'
               WHEN p.kb IS NULL AND p.jenis_kelamin = 'P' AND p.status_kawin = 'kawin'
                    AND ${AGE} BETWEEN 15 AND 49 THEN 'kb'
               WHEN p.ikut_paud IS NULL AND ${youngerThan(7)} AND ${AGE} >= 3 THEN 'paud'
               WHEN p.aktif_posyandu IS NULL AND ${youngerThan(5)} THEN 'posyandu'
          END AS reason
        FROM stage_individu p LEFT JOIN stage_keluarga f ON ${sameFamily('f', 'p')}
        LEFT JOIN (SELECT DISTINCT periode, kk_hash FROM stage_rejected_families) r ON ${sameFamily('r', 'p')}) rows
        WHERE reason IS NOT NULL`,
    reasons: {
      family_rejected: { column: 'no_kk', reason: reasons.familyRejected() },
      unknown_family: { column: 'no_kk', reason: reasons.unknownFamily() },
      born_after: { column: 'tanggal_lahir', reason: reasons.bornAfterPendataan() },
      kb: { column: 'kb', reason: reasons.requiredForPus() },
      paud: { column: 'ikut_paud', reason: reasons.requiredForAges3To6() },
      posyandu: { column: 'aktif_posyandu', reason: reasons.requiredForUnder5() },
    },
  },
  {
    // A NIK in two families of this submission: kept in the family recorded later (then the later line).
    file: 'individu',
    kind: 'rejected',
    select: `SELECT line, periode, kode_kelurahan, kept,
          CASE WHEN kk_hash = kept_kk_hash THEN 'same_family' ELSE 'later_family' END AS reason FROM (
        SELECT p.line, p.periode, f.kode_kelurahan, p.kk_hash,
               first_value(p.line) OVER newest AS kept, first_value(p.kk_hash) OVER newest AS kept_kk_hash
        FROM stage_individu p JOIN stage_keluarga f ON ${sameFamily('f', 'p')}
        WHERE ${duplicatesOf('stage_individu', 'periode, nik_hash', { outerKey: 'p.periode, p.nik_hash', where: CANDIDATE_ROWS })}
        WINDOW newest AS (PARTITION BY p.periode, p.nik_hash ORDER BY f.tanggal_pendataan DESC, p.line DESC)
        ) rows WHERE line <> kept`,
    duplicateKeys: 'nik_hash',
    reasons: {
      same_family: { column: 'nik', reason: reasons.nikDuplicateInFamily(KEPT) },
      later_family: { column: 'nik', reason: reasons.nikInLaterFamily(KEPT) },
    },
  },
  {
    // A NIK already stored in another family of the periode that this submission leaves alone,
    // recorded strictly later: the stored person stays there.
    file: 'individu',
    kind: 'rejected',
    select: storedNikConflicts('>'),
    reasons: { stored: { column: 'nik', reason: reasons.nikInLaterStoredFamily() } },
  },
  {
    // ... recorded earlier or on the same day: the person moves to this family (the upsert does it).
    file: 'individu',
    kind: 'conflict',
    select: storedNikConflicts('<='),
    reasons: { stored: { column: 'nik', reason: reasons.nikMovedFromEarlierFamily() } },
  },
  {
    // Rules over a family's members, each family rejected for the first it breaks: exactly one head...
    // none (an anti-join, which needs no grouping of millions of persons into families),
    file: 'keluarga',
    kind: 'rejected',
    select: `SELECT f.line, f.periode, f.kode_kelurahan, 0 AS kept, 'heads' AS reason FROM stage_keluarga f
        WHERE NOT EXISTS (SELECT 1 FROM stage_individu p WHERE p.hubungan = 'kepala' AND ${sameFamily('p', 'f')})`,
    reasons: { heads: { column: 'no_kk', reason: reasons.notExactlyOneHead(KEPT) } },
  },
  {
    // ... or more than one, looked for among the families the staging saw more than one head of,
    file: 'keluarga',
    kind: 'rejected',
    select: `SELECT f.line, f.periode, f.kode_kelurahan, h.heads AS kept, 'heads' AS reason
        FROM stage_keluarga f JOIN (
          SELECT periode, kk_hash, count(*) AS heads FROM stage_individu
          WHERE hubungan = 'kepala' AND ${CANDIDATE_ROWS}
          GROUP BY periode, kk_hash HAVING count(*) > 1) h ON ${sameFamily('h', 'f')}`,
    duplicateKeys: 'kk_hash',
    among: 'heads',
    reasons: { heads: { column: 'no_kk', reason: reasons.notExactlyOneHead(KEPT) } },
  },
  {
    // ... and a P4K answer when a member is pregnant.
    file: 'keluarga',
    kind: 'rejected',
    select: `SELECT f.line, f.periode, f.kode_kelurahan, NULL AS kept, 'p4k' AS reason FROM stage_keluarga f
        WHERE f.stiker_p4k IS NULL
          AND EXISTS (SELECT 1 FROM stage_individu p WHERE p.hamil AND ${sameFamily('p', 'f')})`,
    reasons: { p4k: { column: 'stiker_p4k', reason: reasons.p4kRequired() } },
  },
  {
    // Only the rules above about members can have removed a family since persons were matched to families.
    file: 'individu',
    kind: 'rejected',
    afterFamilyRemovals: true,
    select: `SELECT p.line, p.periode, NULL AS kode_kelurahan, NULL AS kept, 'family' AS reason
        FROM stage_individu p WHERE NOT EXISTS (SELECT 1 FROM stage_keluarga f WHERE ${sameFamily('f', 'p')})`,
    reasons: { family: { column: 'no_kk', reason: reasons.familyRejected() } },
  },
];

function storedNikConflicts(storedIs: '>' | '<='): string {
  return `SELECT p.line, p.periode, f.kode_kelurahan, NULL AS kept, 'stored' AS reason
      FROM stage_individu p
      JOIN stage_keluarga f ON ${sameFamily('f', 'p')}
      JOIN persons sp ON sp.periode = p.periode AND sp.nik_hash = p.nik_hash AND sp.kk_hash <> p.kk_hash
      JOIN families sf ON ${sameFamily('sf', 'sp')}
      WHERE sf.tanggal_pendataan ${storedIs} f.tanggal_pendataan
        AND NOT EXISTS (SELECT 1 FROM stage_keluarga o WHERE ${sameFamily('o', 'sp')})`;
}

/**
 * Records the rows the rule finds and removes the rejected ones; returns how many it removed. The rows
 * are found into a table of the staging first, a statement PostgreSQL may run in parallel (the INSERT
 * that records them never is).
 */
async function applyRule(
  session: RegisterSession,
  rule: CrossRowRule,
  label: string,
  candidates: string[] | null | undefined,
): Promise<number> {
  if (rule.duplicateKeys && candidates?.length === 0) return 0;
  const narrowed = rule.duplicateKeys && candidates ? [candidates] : [];
  const select = rule.duplicateKeys
    ? rule.select.replace(CANDIDATE_ROWS, narrowed.length > 0 ? onlyCandidates(rule.duplicateKeys) : 'true')
    : rule.select;
  const entries = Object.entries(rule.reasons);
  await createStagedTableAs(session, 'stage_found', select, narrowed);
  const found = await session.query<{ line: number }>(
    `WITH messages AS (SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                       AS m(reason, column_name, code, message_id, message_en))
     INSERT INTO stage_issues (kind, file, line, "column", reason_code, reason_id, reason_en, periode, kode_kelurahan)
     SELECT $1, $2, found.line, m.column_name, m.code,
            replace(m.message_id, '${KEPT}', coalesce(found.kept::text, '')),
            replace(m.message_en, '${KEPT}', coalesce(found.kept::text, '')),
            found.periode, found.kode_kelurahan
     FROM stage_found found JOIN messages m ON m.reason = found.reason
     RETURNING line`,
    [
      rule.kind,
      label,
      entries.map(([key]) => key),
      entries.map(([, value]) => value.column),
      entries.map(([, value]) => value.reason.code),
      entries.map(([, value]) => value.reason.id),
      entries.map(([, value]) => value.reason.en),
    ],
  );
  await session.query('DROP TABLE stage_found');
  if (rule.kind === 'conflict' || found.length === 0) return 0;
  const lines = found.map((row) => row.line);
  if (rule.file === 'keluarga')
    await session.query(
      `WITH gone AS (DELETE FROM stage_keluarga WHERE line = ANY($1::int[]) RETURNING periode, kk_hash)
       INSERT INTO stage_rejected_families SELECT periode, kk_hash FROM gone`,
      [lines],
    );
  else await session.query(`DELETE FROM ${stagingTable(rule.file)} WHERE line = ANY($1::int[])`, [lines]);
  return lines.length;
}

/**
 * Applies every rule in order; `labels` names each file as the report shows it, `duplicates` holds the
 * staging's candidates for the duplicate rules.
 */
export async function applyCrossRowRules(
  session: RegisterSession,
  labels: Record<SubmissionFile, string>,
  duplicates: DuplicateCandidates,
): Promise<void> {
  let familiesRemoved = 0;
  for (const rule of RULES) {
    if (rule.afterFamilyRemovals && familiesRemoved === 0) continue;
    const candidates = duplicates[rule.among ?? rule.file];
    const removed = await applyRule(session, rule, labels[rule.file], candidates);
    if (rule.file === 'individu') familiesRemoved = 0;
    else if (rule.file === 'keluarga') familiesRemoved += removed;
  }
}
