/**
 * Why a row was rejected or a conflict resolved, in Bahasa Indonesia and English. A reason never
 * quotes a NIK or No KK: values are echoed only through `shown`, which masks long digit runs.
 */
export type Reason = { code: string; id: string; en: string };

const MAX_ECHO = 40;

/** A cell value made safe to print: long digit runs (possible NIK/No KK) masked, long text cut. */
export function shown(value: string): string {
  const masked = value.replace(/\d{8,}/g, (digits) => '•'.repeat(digits.length));
  return masked.length > MAX_ECHO ? `${masked.slice(0, MAX_ECHO)}…` : masked;
}

const list = (choices: readonly string[]) => choices.join(', ');

export const reasons = {
  required: (column: string): Reason => ({
    code: 'required',
    id: `Kolom ${column} wajib diisi.`,
    en: `Column ${column} is required.`,
  }),
  requiredForWomen: (column: string): Reason => ({
    code: 'required_for_women',
    id: `Kolom ${column} wajib diisi untuk perempuan.`,
    en: `Column ${column} is required for women.`,
  }),
  mustBeEmptyForMen: (column: string): Reason => ({
    code: 'must_be_empty_for_men',
    id: `Kolom ${column} harus kosong untuk laki-laki.`,
    en: `Column ${column} must be empty for men.`,
  }),
  invalidPeriod: (value: string): Reason => ({
    code: 'invalid_period',
    id: `periode "${shown(value)}" bukan semester yang sah (contoh: 2025S1 atau 2025S2).`,
    en: `periode "${shown(value)}" is not a valid semester (e.g. 2025S1 or 2025S2).`,
  }),
  invalidDate: (column: string, value: string): Reason => ({
    code: 'invalid_date',
    id: `${column} "${shown(value)}" bukan tanggal yang sah dalam bentuk YYYY-MM-DD.`,
    en: `${column} "${shown(value)}" is not a valid date in the form YYYY-MM-DD.`,
  }),
  dateOutsidePeriod: (value: string, period: string): Reason => ({
    code: 'date_outside_period',
    id: `tanggal_pendataan ${value} berada di luar periode ${period}.`,
    en: `tanggal_pendataan ${value} is outside the periode ${period}.`,
  }),
  unknownKelurahan: (value: string): Reason => ({
    code: 'unknown_kelurahan',
    id: `kode_kelurahan "${shown(value)}" bukan kelurahan di DKI Jakarta.`,
    en: `kode_kelurahan "${shown(value)}" is not a kelurahan of DKI Jakarta.`,
  }),
  integerRange: (column: string, value: string, min: number, max: number): Reason => ({
    code: 'integer_out_of_range',
    id: `${column} "${shown(value)}" harus bilangan bulat ${min}–${max}.`,
    en: `${column} "${shown(value)}" must be a whole number from ${min} to ${max}.`,
  }),
  nonNegativeInteger: (column: string, value: string): Reason => ({
    code: 'invalid_count',
    id: `${column} "${shown(value)}" harus bilangan bulat 0 atau lebih.`,
    en: `${column} "${shown(value)}" must be a whole number, 0 or more.`,
  }),
  tooLong: (column: string, max: number): Reason => ({
    code: 'too_long',
    id: `${column} lebih dari ${max} karakter.`,
    en: `${column} is longer than ${max} characters.`,
  }),
  invalidIdentity: (column: string): Reason => ({
    code: 'invalid_identity_number',
    id: `${column} harus tepat 16 angka, diawali kode kabupaten/kota dan kecamatan (6 angka).`,
    en: `${column} must be exactly 16 digits, starting with a regency/city and district code (6 digits).`,
  }),
  nikBirthDateMismatch: (): Reason => ({
    code: 'nik_birth_date_mismatch',
    id: 'Tanggal lahir yang tertulis di NIK (angka ke-7 s.d. 12) tidak cocok dengan tanggal_lahir.',
    en: 'The birth date encoded in the NIK (digits 7 to 12) does not match tanggal_lahir.',
  }),
  nikSexMismatch: (): Reason => ({
    code: 'nik_sex_mismatch',
    id: 'NIK tidak cocok dengan jenis_kelamin (pada NIK perempuan, tanggal lahir ditambah 40).',
    en: 'The NIK does not match jenis_kelamin (for women the NIK adds 40 to the day of birth).',
  }),
  invalidChoice: (column: string, value: string, choices: readonly string[]): Reason => ({
    code: 'invalid_choice',
    id: `${column} "${shown(value)}" tidak dikenal; pilihan: ${list(choices)}.`,
    en: `${column} "${shown(value)}" is not recognised; allowed: ${list(choices)}.`,
  }),
  invalidBoolean: (column: string, value: string): Reason => ({
    code: 'invalid_boolean',
    id: `${column} "${shown(value)}" harus "ya" atau "tidak".`,
    en: `${column} "${shown(value)}" must be "ya" or "tidak".`,
  }),
  invalidArea: (value: string): Reason => ({
    code: 'invalid_area',
    id: `luas_lantai_m2 "${shown(value)}" harus angka lebih dari 0 dan kurang dari 10000.`,
    en: `luas_lantai_m2 "${shown(value)}" must be a number above 0 and below 10000.`,
  }),
  fieldCount: (found: number, expected: number): Reason => ({
    code: 'field_count',
    id: `Baris ini punya ${found} kolom, sedangkan header punya ${expected}.`,
    en: `This row has ${found} fields while the header has ${expected}.`,
  }),
  duplicateRow: (keptLine: number | string): Reason => ({
    code: 'duplicate_row',
    id: `Baris ganda dalam kiriman ini; baris ${keptLine} yang dipakai.`,
    en: `Duplicate row in this submission; line ${keptLine} is used.`,
  }),
  supersededFamily: (keptLine: number | string): Reason => ({
    code: 'family_superseded',
    id: `Keluarga ini dikirim lebih dari sekali; versi dengan tanggal_pendataan terbaru (baris ${keptLine}) yang dipakai.`,
    en: `This family was sent more than once; the version with the latest tanggal_pendataan (line ${keptLine}) is used.`,
  }),
  olderThanStored: (storedDate: string): Reason => ({
    code: 'family_older_than_stored',
    id: `Versi keluarga yang tersimpan lebih baru (tanggal_pendataan ${storedDate}); baris ini tidak dipakai.`,
    en: `The stored version of this family is more recent (tanggal_pendataan ${storedDate}); this row is not used.`,
  }),
  unknownDwelling: (): Reason => ({
    code: 'unknown_dwelling',
    id: 'id_hunian tidak ada di hunian untuk kelurahan dan periode yang sama.',
    en: 'id_hunian names no dwelling in hunian for the same kelurahan and periode.',
  }),
  unknownFamily: (): Reason => ({
    code: 'unknown_family',
    id: 'no_kk tidak ada di berkas keluarga untuk periode yang sama.',
    en: 'no_kk names no family in the keluarga file for the same periode.',
  }),
  familyRejected: (): Reason => ({
    code: 'family_rejected',
    id: 'Keluarga orang ini ditolak (lihat baris keluarganya), maka orang ini juga ditolak.',
    en: "This person's family was rejected (see its row), so the person is rejected too.",
  }),
  bornAfterPendataan: (): Reason => ({
    code: 'born_after_pendataan',
    id: 'tanggal_lahir sesudah tanggal_pendataan keluarganya.',
    en: "tanggal_lahir is after the family's tanggal_pendataan.",
  }),
  requiredForPus: (): Reason => ({
    code: 'kb_required_for_pus',
    id: 'kb wajib diisi untuk perempuan usia 15–49 berstatus kawin (PUS).',
    en: 'kb is required for married women aged 15 to 49 (PUS).',
  }),
  requiredForAges3To6: (): Reason => ({
    code: 'paud_required',
    id: 'ikut_paud wajib diisi untuk anak usia 3–6 tahun.',
    en: 'ikut_paud is required for children aged 3 to 6.',
  }),
  requiredForUnder5: (): Reason => ({
    code: 'posyandu_required',
    id: 'aktif_posyandu wajib diisi untuk balita (usia di bawah 5 tahun).',
    en: 'aktif_posyandu is required for children under 5.',
  }),
  p4kRequired: (): Reason => ({
    code: 'p4k_required',
    id: 'stiker_p4k wajib diisi karena ada anggota keluarga yang hamil.',
    en: 'stiker_p4k is required because a member of the family is pregnant.',
  }),
  nikDuplicateInFamily: (keptLine: number | string): Reason => ({
    code: 'nik_duplicate_in_family',
    id: `NIK yang sama muncul dua kali dalam keluarga ini; baris ${keptLine} yang dipakai.`,
    en: `The same NIK appears twice in this family; line ${keptLine} is used.`,
  }),
  nikInLaterFamily: (keptLine: number | string): Reason => ({
    code: 'nik_in_later_family',
    id: `NIK ini juga tercatat di keluarga lain yang didata lebih baru (baris ${keptLine}); orang ini dicatat di sana.`,
    en: `This NIK is also recorded in another family recorded later (line ${keptLine}); the person is kept there.`,
  }),
  nikInLaterStoredFamily: (): Reason => ({
    code: 'nik_in_later_stored_family',
    id: 'NIK ini sudah tercatat di keluarga lain yang didata lebih baru; orang ini tetap dicatat di sana.',
    en: 'This NIK is already stored in another family recorded later; the person stays there.',
  }),
  nikMovedFromEarlierFamily: (): Reason => ({
    code: 'nik_moved_from_earlier_family',
    id: 'NIK ini sebelumnya tercatat di keluarga lain yang didata lebih awal; orang ini kini dicatat di keluarga ini.',
    en: 'This NIK was stored in another family recorded earlier; the person is now kept in this family.',
  }),
  notExactlyOneHead: (heads: number | string): Reason => ({
    code: 'not_one_head',
    id: `Keluarga harus punya tepat satu anggota dengan hubungan "kepala" di individu, tetapi punya ${heads}.`,
    en: `A family must have exactly one member with hubungan "kepala" in individu, but has ${heads}.`,
  }),
} as const;
