'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-3 py-16 text-center">
      <h1 className="text-xl font-semibold text-tremor-content-strong">Data tidak dapat dimuat</h1>
      <p className="text-tremor-content">
        Terjadi gangguan saat membaca basis data. Coba lagi sebentar lagi; bila tetap gagal, hubungi pengelola
        aplikasi.
      </p>
      <button
        type="button"
        onClick={reset}
        className="rounded-tremor-default bg-tremor-brand px-4 py-2 text-white focus-visible:outline focus-visible:outline-2"
      >
        Coba lagi
      </button>
    </div>
  );
}
