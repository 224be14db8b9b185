import '@fontsource-variable/inter';
import 'leaflet/dist/leaflet.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getTranslator } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { TranslationProvider } from '@/lib/i18n/translation-provider';
import { SiteHeader } from './_components/shell/site-header';

// Every page is rendered per request: pages read the database, and the CSP nonce must be fresh each time.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return {
    title: { default: t('app.title'), template: `%s · ${t('app.name')}` },
    description: t('app.description'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const t = await getTranslator();
  const { locale } = t;
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-tremor-background-muted font-sans text-tremor-content-emphasis antialiased">
        <TranslationProvider locale={locale} messages={MESSAGES[locale]}>
          <a
            href="#konten"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('app.skipToContent')}
          </a>
          <SiteHeader />
          <main id="konten" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
        </TranslationProvider>
      </body>
    </html>
  );
}
