/**
 * The texts of exported figures and meeting decks ("Bahan rapat"), keys starting with `export.`, `figure.` and
 * `deck.`. messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const EXPORT_MESSAGES = {
  id: {
    'export.download': 'Unduh',
    'export.downloadLabel': 'Unduh {what}',
    'export.png': 'PNG (gambar, 2x)',
    'export.svg': 'SVG (vektor)',

    'figure.source': 'Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah; periode {period}',
    'figure.synthetic': 'data sintetis',
    'figure.suppressedNote':
      '{count} kelurahan ditekan (abu-abu): penyebutnya di bawah {min}, sehingga nilainya tidak ditampilkan.',
    'figure.trendGapNote':
      'Garis terputus pada periode yang nilainya ditekan (penyebut di bawah {min}) atau tidak ada datanya.',
    'figure.zoomedClassesNote':
      'Batas kelas dihitung atas seluruh kelurahan DKI Jakarta (warna sama di setiap peta); jumlahnya untuk wilayah ini.',
    'figure.histogramJakarta': 'Batang gelap: kelas tempat nilai DKI Jakarta ({value}).',
    'figure.mapChangeTitle': '{indicator}: perubahan sejak {period}',
    'figure.mapTitle': '{indicator} per kelurahan',
    'figure.histogramTitle': 'Sebaran nilai kelurahan: {indicator}',
    'figure.histogramAxis': 'Jumlah kelurahan per kelas nilai',
    'figure.histogramNote': '{count} kelurahan tidak dihitung: nilainya ditekan atau tidak ada datanya.',
    'figure.barsTitle': '{indicator}: perbandingan wilayah',
    'figure.barsAxis': 'Nilai ({unit})',
    'figure.withheldRegionsNote':
      '{count} wilayah ditekan: penyebutnya di bawah {min}, sehingga nilainya tidak ditampilkan.',
    'figure.noValue': 'tidak ditampilkan (ditekan atau tanpa data)',
    'figure.noData': 'tidak ada data',
    'figure.regionsJakarta': 'DKI Jakarta dan kota/kabupaten',

    'deck.button': 'Bahan rapat',
    'deck.dialogTitle': 'Bahan rapat: unduh tampilan ini sebagai slide',
    'deck.dialogIntro':
      'Pilih indikator yang masuk. Setiap indikator mendapat slide peta atau grafiknya, dengan definisi dan n di catatan pembicara.',
    'deck.pickNone': 'Pilih sedikitnya satu indikator.',
    'deck.pickMax': 'Paling banyak {max} indikator.',
    'deck.pptx': 'Unduh PPTX',
    'deck.pdf': 'Unduh PDF',
    'deck.close': 'Tutup',
    'deck.languageLabel': 'Bahasa slide',
    'deck.chosen': '{count} indikator dipilih',
    'deck.title.overview': 'Bahan rapat: Ringkasan DKI Jakarta',
    'deck.title.map': 'Bahan rapat: Peta indikator',
    'deck.title.profile': 'Bahan rapat: Profil {region}',
    'deck.title.compare': 'Bahan rapat: Perbandingan wilayah',
    'deck.made': 'Dibuat {when}',
    'deck.notesHeading': 'Catatan pembicara',
    'deck.titleNotes':
      'Berisi {count} slide. Semua angka adalah agregat; nilai dengan penyebut di bawah {min} ditekan.',
    'deck.notes.definition': 'Definisi: {text}',
    'deck.notes.terms': 'Pembilang: {numerator}. Penyebut: {denominator}.',
    'deck.notes.unit': 'Satuan: {unit}; {direction}.',
    'deck.notes.value': '{region}: {value} (n = {n})',
    'deck.notes.valueCount': '{region}: {value}',
    'deck.notes.withheld': '{region}: ditekan (n = {n}, di bawah {min})',
    'deck.notes.missing': '{region}: tidak ada data',
    'deck.direction.higher_is_better': 'makin tinggi makin baik',
    'deck.direction.lower_is_better': 'makin rendah makin baik',
    'deck.direction.neutral': 'tidak ada arah yang lebih baik',
  },
  en: {
    'export.download': 'Download',
    'export.downloadLabel': 'Download {what}',
    'export.png': 'PNG (image, 2x)',
    'export.svg': 'SVG (vector)',

    'figure.source': 'Source: Dasawisma PKK records of DKI Jakarta Province, processed; period {period}',
    'figure.synthetic': 'synthetic data',
    'figure.suppressedNote':
      '{count} kelurahan withheld (grey): their denominator is below {min}, so their value is not shown.',
    'figure.trendGapNote':
      'A line breaks at a period whose value is withheld (denominator below {min}) or has no data.',
    'figure.zoomedClassesNote':
      'Class bounds are computed over all kelurahan of DKI Jakarta (colours mean the same on every map); the counts are for this region.',
    'figure.histogramJakarta': "Dark bar: the class holding DKI Jakarta's value ({value}).",
    'figure.mapChangeTitle': '{indicator}: change since {period}',
    'figure.mapTitle': '{indicator} by kelurahan',
    'figure.histogramTitle': 'Spread of kelurahan values: {indicator}',
    'figure.histogramAxis': 'Number of kelurahan per class of values',
    'figure.histogramNote': '{count} kelurahan not counted: their value is withheld or missing.',
    'figure.barsTitle': '{indicator}: regions compared',
    'figure.barsAxis': 'Value ({unit})',
    'figure.withheldRegionsNote':
      '{count} regions withheld: their denominator is below {min}, so their value is not shown.',
    'figure.noValue': 'not shown (withheld or no data)',
    'figure.noData': 'no data',
    'figure.regionsJakarta': 'DKI Jakarta and its cities and regency',

    'deck.button': 'Meeting slides',
    'deck.dialogTitle': 'Meeting slides: download this view as slides',
    'deck.dialogIntro':
      'Choose the indicators to include. Each gets a slide of its map or chart, with its definition and n in the speaker notes.',
    'deck.pickNone': 'Choose at least one indicator.',
    'deck.pickMax': 'At most {max} indicators.',
    'deck.pptx': 'Download PPTX',
    'deck.pdf': 'Download PDF',
    'deck.close': 'Close',
    'deck.languageLabel': 'Language of the slides',
    'deck.chosen': '{count} indicators chosen',
    'deck.title.overview': 'Meeting slides: DKI Jakarta overview',
    'deck.title.map': 'Meeting slides: indicator map',
    'deck.title.profile': 'Meeting slides: profile of {region}',
    'deck.title.compare': 'Meeting slides: regions compared',
    'deck.made': 'Made {when}',
    'deck.notesHeading': 'Speaker notes',
    'deck.titleNotes':
      'Holds {count} slides. Every number is an aggregate; values whose denominator is below {min} are withheld.',
    'deck.notes.definition': 'Definition: {text}',
    'deck.notes.terms': 'Numerator: {numerator}. Denominator: {denominator}.',
    'deck.notes.unit': 'Unit: {unit}; {direction}.',
    'deck.notes.value': '{region}: {value} (n = {n})',
    'deck.notes.valueCount': '{region}: {value}',
    'deck.notes.withheld': '{region}: withheld (n = {n}, below {min})',
    'deck.notes.missing': '{region}: no data',
    'deck.direction.higher_is_better': 'higher is better',
    'deck.direction.lower_is_better': 'lower is better',
    'deck.direction.neutral': 'neither direction is better',
  },
} as const;
