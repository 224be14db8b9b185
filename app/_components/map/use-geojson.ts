'use client';

import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';

export type Loadable<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready'; data: T };

/** Fetches a GeoJSON document once per URL; the URL carries the content hash, so the browser caches it. */
export function useGeoJson<T extends FeatureCollection>(url: string): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    fetch(url, { signal: controller.signal })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((data: T) => setResult({ state: 'ready', data }))
      .catch(() => {
        if (!controller.signal.aborted) setResult({ state: 'error' });
      });
    return () => controller.abort();
  }, [url]);
  return result;
}
