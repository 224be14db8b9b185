'use client';

import { useRouter } from 'next/navigation';
import { Component, type ReactNode, startTransition } from 'react';
import { useTranslate } from '@/lib/i18n/translation-provider';

type BoundaryProps = { fallback: (retry: () => void) => ReactNode; children: ReactNode };

class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => this.setState({ failed: false }));
  }
}

/**
 * Keeps a failing widget to itself: the rest of the page stays, and the widget says in words that its
 * data could not be read and offers to try again (which asks the server for the page anew).
 */
export function WidgetBoundary({ children }: { children: ReactNode }) {
  const t = useTranslate();
  const router = useRouter();
  return (
    <Boundary
      fallback={(reset) => (
        <div
          role="alert"
          className="space-y-2 rounded-tremor-default border border-tremor-border bg-white p-4 text-tremor-default text-tremor-content shadow-tremor-card"
        >
          <p className="font-medium text-tremor-content-strong">{t('error.widget')}</p>
          <button
            type="button"
            onClick={() =>
              startTransition(() => {
                router.refresh();
                reset();
              })
            }
            className="rounded-tremor-default border border-tremor-border px-3 py-1.5 font-medium text-tremor-content-emphasis hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
          >
            {t('error.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
