/**
 * The part of the catalogue that app/global-error.tsx shows when even the layout failed. It lives apart so
 * that the error page can import these few lines without the whole catalogue; messages.ts spreads it in,
 * so it is checked by the same tests as every other message.
 */
export const FATAL_MESSAGES = {
  id: {
    'fatal.title': 'Jendela Keluarga sedang bermasalah',
    'fatal.body':
      'Halaman tidak dapat ditampilkan. Coba lagi sebentar lagi; bila tetap gagal, hubungi pengelola aplikasi.',
    'fatal.retry': 'Coba lagi',
  },
  en: {
    'fatal.title': 'Jendela Keluarga has run into a problem',
    'fatal.body':
      "The page cannot be shown. Please try again shortly; if it keeps failing, contact the application's administrators.",
    'fatal.retry': 'Try again',
  },
} as const satisfies Record<'id' | 'en', Record<string, string>>;

export type FatalMessages = (typeof FATAL_MESSAGES)['id'];
