import type { Theme } from '../indicators/catalogue';

/** The indicators the governor's office reads first, per theme. */
export const HEADLINE_INDICATORS: Record<Theme, readonly string[]> = {
  demografi: ['population', 'families'],
  kesehatan_kb: ['stunting_risk', 'jkn_coverage'],
  pendidikan: ['school_7_18'],
  lingkungan_hunian: ['safe_water', 'proper_latrine'],
  ekonomi: ['pre_prosperous'],
  kualitas_data: ['coverage'],
};
