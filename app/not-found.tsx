import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/locale';

export default async function NotFound() {
  const t = await getTranslator();
  return (
    <div className="mx-auto max-w-lg space-y-3 py-16 text-center">
      <h1 className="text-xl font-semibold text-tremor-content-strong">{t('notFound.title')}</h1>
      <p className="text-tremor-content">{t('notFound.body')}</p>
      <Link href="/" className="inline-block rounded-tremor-default bg-tremor-brand px-4 py-2 text-white">
        {t('notFound.back')}
      </Link>
    </div>
  );
}
