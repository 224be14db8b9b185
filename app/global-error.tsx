'use client';

import './globals.css';

/** Shown when even the layout fails; it has to bring its own html and body. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="bg-slate-50 font-sans text-slate-800">
        <main role="alert" className="mx-auto max-w-lg space-y-3 px-4 py-16 text-center">
          <h1 className="text-xl font-semibold">Jendela Keluarga sedang bermasalah</h1>
          <p>
            Halaman tidak dapat ditampilkan. Coba lagi sebentar lagi; bila tetap gagal, hubungi pengelola
            aplikasi.
          </p>
          <p lang="en" className="text-sm text-slate-600">
            The page cannot be shown. Please try again shortly, or contact the application's administrators.
          </p>
          <button type="button" onClick={reset} className="rounded-lg bg-blue-700 px-4 py-2 text-white">
            Coba lagi
          </button>
        </main>
      </body>
    </html>
  );
}
