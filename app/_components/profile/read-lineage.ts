import 'server-only';
import { cache } from 'react';
import { parseProfileCode } from '@/lib/dashboard/profile-params';
import type { Lineage } from '@/lib/dashboard/profile-region';
import { getDatabase } from '@/lib/db/server';
import { getRegionLineage } from '@/lib/queries/get-region-lineage';

/**
 * The region a profile's address names (with or without dots) and every region above it, read once per
 * request however many parts ask (the title and the page); empty when the address names no region.
 */
export const readLineage = cache(async (raw: string): Promise<Lineage> => {
  const code = parseProfileCode(raw);
  if (!code) return [];
  const { db } = await getDatabase();
  return getRegionLineage(db, code);
});
