'use client';

import './globals.css';
import { FATAL_MESSAGES, type FatalMessages } from '@/lib/i18n/fatal-messages';
import { makeTranslate } from '@/lib/i18n/make-translate';

const inIndonesian = makeTranslate<FatalMessages>(FATAL_MESSAGES.id, 'id');
const inEnglish = makeTranslate<FatalMessages>(FATAL_MESSAGES.en, 'en');

/**
 * Shown when even the layout fails; it has to bring its own html and body. Without the layout it cannot
 * know the chosen language, so it says everything in Bahasa Indonesia and then in English.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="bg-slate-50 font-sans text-slate-800">
        <main role="alert" className="mx-auto max-w-lg space-y-3 px-4 py-16 text-center">
          <h1 className="text-xl font-semibold">{inIndonesian('fatal.title')}</h1>
          <p>{inIndonesian('fatal.body')}</p>
          <div lang="en" className="space-y-1 text-sm text-slate-600">
            <p className="font-semibold">{inEnglish('fatal.title')}</p>
            <p>{inEnglish('fatal.body')}</p>
          </div>
          <button type="button" onClick={reset} className="rounded-lg bg-blue-700 px-4 py-2 text-white">
            {inIndonesian('fatal.retry')} · <span lang="en">{inEnglish('fatal.retry')}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
