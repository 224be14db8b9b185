'use client';

import { useTranslate } from '@/lib/i18n/translation-provider';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslate();
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-3 py-16 text-center">
      <h1 className="text-xl font-semibold text-tremor-content-strong">{t('error.title')}</h1>
      <p className="text-tremor-content">{t('error.body')}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-tremor-default bg-tremor-brand px-4 py-2 text-white focus-visible:outline focus-visible:outline-2"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
