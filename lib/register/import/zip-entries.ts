import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** A zip file opened for random access (its central directory), with every entry it lists. */
export type OpenZip = { zip: yauzl.ZipFile; entries: yauzl.Entry[] };

/** Opens a zip file and lists its entries; the caller closes `zip`. */
export async function openZipEntries(zipPath: string): Promise<OpenZip> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error ? reject(error) : resolve(opened),
    ),
  );
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  }).catch((error) => {
    zip.close();
    throw error;
  });
  return { zip, entries };
}

/** The uncompressed content of one entry, as a stream. */
export function openEntryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
}
