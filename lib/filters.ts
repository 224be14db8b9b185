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
      : LEVEL_ALIASES[value];
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

/** Parses `level` and `parent` of `/api/v1/regions`; a bad value throws a 400 that names the parameter. */
export function parseRegionFilters(params: URLSearchParams): RegionFilters {
  const filters: RegionFilters = {};
  const rawLevel = optionalParam(params, 'level');
  if (rawLevel !== undefined) {
    const level = regionLevelSchema.safeParse(rawLevel);
    if (!level.success) throw badParameter('level', ACCEPTED_LEVELS, rawLevel);
    filters.level = level.data;
  }
  const rawParent = optionalParam(params, 'parent');
  if (rawParent !== undefined) {
    const parent = regionCodeSchema.safeParse(rawParent);
    if (!parent.success)
      throw badParameter(
        'parent',
        'a dotted Kemendagri region code such as 31, 31.71 or 31.71.01',
        rawParent,
      );
    const parentLevel = levelOfCode(parent.data);
    if (
      filters.level &&
      parentLevel &&
      REGION_LEVELS.indexOf(parentLevel) >= REGION_LEVELS.indexOf(filters.level)
    )
      throw badParameter('parent', `a region above the level "${filters.level}"`, rawParent);
    filters.parent = parent.data;
  }
  return filters;
}
