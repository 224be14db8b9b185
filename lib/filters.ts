import { z } from 'zod';
import { badParameter } from './api/api-error';
import { LEVEL_ALIASES, levelOfCode, REGION_LEVELS, type RegionLevel } from './geo/region-codes';

const ACCEPTED_LEVELS = `${REGION_LEVELS.join(', ')} (${Object.keys(LEVEL_ALIASES).join(', ')})`;

export const regionLevelSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value, context): RegionLevel => {
    const level = (REGION_LEVELS as readonly string[]).includes(value)
      ? (value as RegionLevel)
      : Object.hasOwn(LEVEL_ALIASES, value)
        ? LEVEL_ALIASES[value]
        : undefined;
    if (!level) {
      context.addIssue({ code: 'custom', message: ACCEPTED_LEVELS });
      return z.NEVER;
    }
    return level;
  });

export const regionCodeSchema = z
  .string()
  .trim()
  .refine((value) => levelOfCode(value) !== undefined);

export type RegionFilters = { level?: RegionLevel; parent?: string };

function optionalParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value.trim() === '' ? undefined : value;
}

const ACCEPTED_PARENT = {
  id: 'kode wilayah Kemendagri bertitik, mis. 31, 31.71 atau 31.71.01',
  en: 'a dotted Kemendagri region code such as 31, 31.71 or 31.71.01',
};

function isAbove(parent: RegionLevel, level: RegionLevel): boolean {
  return REGION_LEVELS.indexOf(parent) < REGION_LEVELS.indexOf(level);
}

/** Parses `level` and `parent` of `/api/v1/regions`; a bad value throws a 400 that names the parameter. */
export function parseRegionFilters(params: URLSearchParams): RegionFilters {
  const filters: RegionFilters = {};
  const rawLevel = optionalParam(params, 'level');
  if (rawLevel !== undefined) {
    const level = regionLevelSchema.safeParse(rawLevel);
    if (!level.success) throw badParameter('level', { id: ACCEPTED_LEVELS, en: ACCEPTED_LEVELS }, rawLevel);
    filters.level = level.data;
  }
  const rawParent = optionalParam(params, 'parent');
  if (rawParent !== undefined) {
    const parent = regionCodeSchema.safeParse(rawParent);
    const parentLevel = parent.success ? levelOfCode(parent.data) : undefined;
    if (!parent.success || !parentLevel) throw badParameter('parent', ACCEPTED_PARENT, rawParent);
    if (filters.level && !isAbove(parentLevel, filters.level))
      throw badParameter(
        'parent',
        {
          id: `wilayah di atas tingkat "${filters.level}"`,
          en: `a region above the level "${filters.level}"`,
        },
        rawParent,
      );
    filters.parent = parent.data;
  }
  return filters;
}
