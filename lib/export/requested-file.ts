import { notFound } from '../api/api-error';

/**
 * The `name.extension` at the end of a download's path (`/api/v1/figures/map.png`), checked against the names
 * and formats the route serves; anything else is a 404 that lists what there is.
 */
export function requestedFile<N extends string, F extends string>(
  request: Request,
  names: readonly N[],
  formats: readonly F[],
): { name: N; format: F } {
  const file = new URL(request.url).pathname.split('/').at(-1) ?? '';
  for (const name of names)
    for (const format of formats) if (file === `${name}.${format}`) return { name, format };
  const known = names.flatMap((known) => formats.map((ext) => `${known}.${ext}`)).join(', ');
  throw notFound(
    `Berkas "${file}" tidak ada. Yang ada: ${known}.`,
    `There is no file "${file}". There are: ${known}.`,
  );
}
