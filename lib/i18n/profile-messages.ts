/**
 * The texts of the region profile page /wilayah/[kode], keys starting with `profile.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const PROFILE_MESSAGES = {
  id: {
    'profile.breadcrumb': 'Jalur wilayah',
    'profile.shortName.village': 'Kel. {name}',
    'profile.shortName.district': 'Kec. {name}',
    'profile.level.province': 'Provinsi',
    'profile.level.city': 'Kota administrasi',
    'profile.level.regency': 'Kabupaten administrasi',
    'profile.level.district': 'Kecamatan',
    'profile.level.village': 'Kelurahan',
    'profile.openMap': 'Lihat di peta →',
    'profile.compare': 'Bandingkan dengan wilayah lain →',

    'profile.factsTitle': 'Kelengkapan dan kebaruan data',
    'profile.coverage': 'Cakupan pendataan',
    'profile.coverageOf': '{recorded} dari {target} keluarga sasaran didata',
    'profile.coverageNoTarget': 'Belum ada data keluarga sasaran untuk wilayah ini',
    'profile.lastPendataan': 'Pendataan terakhir',
    'profile.noPendataan': 'Belum ada',
    'profile.stalestPendataan': 'Kelurahan yang paling lama tidak didata ulang: terakhir {date}',
    'profile.kelurahanRecorded': 'Kelurahan didata',
    'profile.countOf': '{count} dari {of}',
    'profile.kelurahanMissing': '{count} kelurahan belum didata pada periode ini',
    'profile.kelurahanAll': 'Semua kelurahan didata pada periode ini',

    'profile.indicatorsLoading': 'Indikator wilayah',
    'profile.indicatorsTitle': 'Semua indikator, {period}',
    'profile.indicatorsNote':
      'Perubahan dihitung sejak {previous}. Klik nama indikator untuk definisinya, atau garis trennya untuk grafiknya di bawah.',
    'profile.indicatorsNoPrevious':
      'Belum ada periode sebelumnya untuk menghitung perubahan. Klik nama indikator untuk definisinya.',
    'profile.noRecords':
      'Belum ada catatan Dasawisma untuk {name} pada periode ini; nilai wilayah di atasnya tetap ditampilkan.',
    'profile.scrollHint': 'Geser tabel ke samping untuk melihat perubahan, peringkat dan pembandingnya.',
    'profile.themeCaption': 'Indikator tema {theme}',
    'profile.column.indicator': 'Indikator',
    'profile.column.rank': 'Peringkat di {scope}',
    'profile.column.trend': 'Tren',
    'profile.rankOf': '{rank} dari {of}',
    'profile.none': 'tidak ada',
    'profile.showTrend': 'Tampilkan grafik tren {indicator}',
    'profile.rankNote.village':
      'Peringkat: 1 = terbaik menurut arah indikator, di antara kelurahan di {scope} yang nilainya ditampilkan. Nilai yang ditekan tidak diberi peringkat; indikator netral (tanpa arah baik-buruk) diurutkan dari nilai tertinggi.',
    'profile.rankNote.district':
      'Peringkat: 1 = terbaik menurut arah indikator, di antara kecamatan di {scope} yang nilainya ditampilkan. Nilai yang ditekan tidak diberi peringkat; indikator netral (tanpa arah baik-buruk) diurutkan dari nilai tertinggi.',
    'profile.rankNote.city':
      'Peringkat: 1 = terbaik menurut arah indikator, di antara kota dan kabupaten di {scope} yang nilainya ditampilkan. Nilai yang ditekan tidak diberi peringkat; indikator netral (tanpa arah baik-buruk) diurutkan dari nilai tertinggi.',

    'profile.chosenTitle': 'Indikator pilihan',
    'profile.chosenNote': 'Tren dan wilayah di bawahnya untuk satu indikator; pilih indikator lain di sini.',
    'profile.trendLoading': 'Tren indikator',
    'profile.trendNote': '{names}, semua periode',
    'profile.trendRegionEmpty':
      'Nilai {name} tidak tersedia atau ditekan pada setiap periode; garis wilayah di atasnya tetap digambar.',
    'profile.mapTitle': 'Peta kelurahan {name}',
    'profile.childrenLoading': 'Wilayah di bawahnya',
    'profile.children.city': 'Kota dan kabupaten di {name}',
    'profile.children.district': 'Kecamatan di {name}',
    'profile.children.village': 'Kelurahan di {name}',
    'profile.childrenNote': '{indicator}, {period}',
    'profile.childrenNoteChange': '{indicator}, {period}; perubahan sejak {previous}',
    'profile.childrenCaption': '{title}; klik judul kolom untuk mengurutkan',
    'profile.childrenNone': 'Tidak ada wilayah di bawah wilayah ini.',
    'profile.withheldNote':
      'Ditekan: n di bawah {min}, agar tidak ada keluarga yang dapat dikenali. Wilayah itu tetap dihitung dalam jumlah di atasnya.',
  },
  en: {
    'profile.breadcrumb': 'Region path',
    'profile.shortName.village': 'Kel. {name}',
    'profile.shortName.district': 'Kec. {name}',
    'profile.level.province': 'Province',
    'profile.level.city': 'Administrative city',
    'profile.level.regency': 'Administrative regency',
    'profile.level.district': 'Kecamatan',
    'profile.level.village': 'Kelurahan',
    'profile.openMap': 'See on the map →',
    'profile.compare': 'Compare with other regions →',

    'profile.factsTitle': 'Completeness and freshness of the data',
    'profile.coverage': 'Data collection coverage',
    'profile.coverageOf': '{recorded} of {target} target families recorded',
    'profile.coverageNoTarget': 'There is no target number of families for this region yet',
    'profile.lastPendataan': 'Last pendataan',
    'profile.noPendataan': 'None yet',
    'profile.stalestPendataan': 'The kelurahan longest without a new visit: last visited {date}',
    'profile.kelurahanRecorded': 'Kelurahan recorded',
    'profile.countOf': '{count} of {of}',
    'profile.kelurahanMissing': '{count} kelurahan not recorded in this period',
    'profile.kelurahanAll': 'Every kelurahan recorded in this period',

    'profile.indicatorsLoading': 'Indicators of the region',
    'profile.indicatorsTitle': 'Every indicator, {period}',
    'profile.indicatorsNote':
      "Change is measured since {previous}. Click an indicator's name for its definition, or its trend line for its chart below.",
    'profile.indicatorsNoPrevious':
      "There is no earlier period to measure change from yet. Click an indicator's name for its definition.",
    'profile.noRecords':
      'There are no Dasawisma records for {name} in this period yet; the values of the regions above it are still shown.',
    'profile.scrollHint': 'Swipe a table sideways to see the change, the rank and the comparisons.',
    'profile.themeCaption': 'Indicators of the theme {theme}',
    'profile.column.indicator': 'Indicator',
    'profile.column.rank': 'Rank in {scope}',
    'profile.column.trend': 'Trend',
    'profile.rankOf': '{rank} of {of}',
    'profile.none': 'none',
    'profile.showTrend': 'Show the trend chart of {indicator}',
    'profile.rankNote.village':
      "Rank: 1 = best by the indicator's direction, among the kelurahan of {scope} whose value is shown. Suppressed values are not ranked; neutral indicators (with no better or worse direction) are ranked from the highest value.",
    'profile.rankNote.district':
      "Rank: 1 = best by the indicator's direction, among the kecamatan of {scope} whose value is shown. Suppressed values are not ranked; neutral indicators (with no better or worse direction) are ranked from the highest value.",
    'profile.rankNote.city':
      "Rank: 1 = best by the indicator's direction, among the cities and regency of {scope} whose value is shown. Suppressed values are not ranked; neutral indicators (with no better or worse direction) are ranked from the highest value.",

    'profile.chosenTitle': 'Chosen indicator',
    'profile.chosenNote': 'Trend and the regions below for one indicator; choose another indicator here.',
    'profile.trendLoading': 'Indicator trend',
    'profile.trendNote': '{names}, every period',
    'profile.trendRegionEmpty':
      'The value of {name} is missing or suppressed in every period; the lines of the regions above it are still drawn.',
    'profile.mapTitle': 'Kelurahan map of {name}',
    'profile.childrenLoading': 'Regions below',
    'profile.children.city': 'Cities and regency of {name}',
    'profile.children.district': 'Kecamatan of {name}',
    'profile.children.village': 'Kelurahan of {name}',
    'profile.childrenNote': '{indicator}, {period}',
    'profile.childrenNoteChange': '{indicator}, {period}; change since {previous}',
    'profile.childrenCaption': '{title}; click a column heading to sort',
    'profile.childrenNone': 'There are no regions below this one.',
    'profile.withheldNote':
      'Suppressed: n below {min}, so that no family can be recognised. The region still counts in the totals above it.',
  },
} as const satisfies Record<'id' | 'en', Record<string, string>>;
