import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-16 text-center">
      <h1 className="text-xl font-semibold text-tremor-content-strong">Halaman tidak ditemukan</h1>
      <p className="text-tremor-content">
        Alamat ini tidak ada di Jendela Keluarga. Periksa kode wilayah atau nama indikator di alamat, atau
        mulai lagi dari ringkasan.
      </p>
      <Link href="/" className="inline-block rounded-tremor-default bg-tremor-brand px-4 py-2 text-white">
        Kembali ke ringkasan
      </Link>
    </div>
  );
}
