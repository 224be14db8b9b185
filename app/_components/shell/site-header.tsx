import Link from 'next/link';
import { Suspense } from 'react';
import { getTranslator } from '@/lib/i18n/locale';
import { AppMark } from './app-mark';
import { LanguageSwitch } from './language-switch';
import { MainNav, type NavItem } from './main-nav';
import { PeriodBar, PeriodBarPlaceholder } from './period-bar';

/**
 * Name, navigation and language on one line on wide screens; on phones the navigation takes a line of its
 * own below them. The period bar follows on every page.
 */
export async function SiteHeader() {
  const t = await getTranslator();
  const navItems: NavItem[] = [
    { href: '/', label: t('nav.overview') },
    { href: '/peta', label: t('nav.map') },
    { href: '/indikator', label: t('nav.indicators') },
    { href: '/bandingkan', label: t('nav.compare') },
    { href: '/kualitas-data', label: t('nav.dataQuality') },
  ];
  return (
    <header className="border-b border-tremor-border bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <div className="flex min-w-0 flex-1 items-center gap-3 lg:flex-none">
          <AppMark />
          <div className="min-w-0">
            <Link
              href="/"
              aria-label={t('app.home')}
              className="block text-lg font-semibold leading-tight text-tremor-brand focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-tremor-brand"
            >
              {t('app.name')}
            </Link>
            <p className="text-tremor-label text-tremor-content sm:text-tremor-default">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="order-last w-full lg:order-none lg:w-auto">
          <Suspense fallback={null}>
            <MainNav label={t('nav.label')} items={navItems} />
          </Suspense>
        </div>
        <div className="lg:ml-auto">
          <LanguageSwitch />
        </div>
      </div>
      <Suspense fallback={<PeriodBarPlaceholder />}>
        <PeriodBar />
      </Suspense>
    </header>
  );
}
