import '@fontsource-variable/inter';
import 'leaflet/dist/leaflet.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

// Every page is rendered per request: pages read the database, and the CSP nonce must be fresh each time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Jendela Keluarga — DKI Jakarta', template: '%s · Jendela Keluarga' },
  description:
    'Dasbor kesejahteraan keluarga DKI Jakarta dari data Dasawisma PKK, per kelurahan dan periode.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-tremor-background-muted font-sans text-tremor-content-emphasis antialiased">
        <a
          href="#konten"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Langsung ke konten
        </a>
        <header className="border-b border-tremor-border bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
            <span className="text-lg font-semibold text-tremor-brand">Jendela Keluarga</span>
            <span className="text-sm text-tremor-content">Kesejahteraan keluarga DKI Jakarta</span>
          </div>
        </header>
        <main id="konten" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
