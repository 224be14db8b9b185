import { refuse } from './refusal';

/**
 * Decodes a byte stream as UTF-8 (a BOM is dropped) and refuses the submission at the first byte
 * sequence that is not UTF-8, naming the file: a spreadsheet saved as Windows-1252 would otherwise
 * turn names into garbage without anyone noticing.
 */
export async function* utf8Chunks(bytes: AsyncIterable<Uint8Array>, label: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      offset += chunk.length;
      if (text.length > 0) yield text;
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    refuse(
      `Berkas ${label} bukan teks UTF-8 (kesalahan sekitar bait ke-${offset}). Simpan ulang sebagai "CSV UTF-8".`,
      `File ${label} is not UTF-8 text (error near byte ${offset}). Save it again as "CSV UTF-8".`,
    );
  }
}
