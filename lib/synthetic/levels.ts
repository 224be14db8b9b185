/**
 * How likely each answer is in one kelurahan and period. Every yes/no item is a logistic model of the
 * family's welfare plus kelurahan traits (coast, crowding) plus a slow trend per period, improving almost
 * everywhere and worsening on a few items in some kelurahan (see kelurahan-profiles). Each family and
 * person keeps a fixed uniform per item, so answers persist from round to round and change only when the
 * level moves past them.
 */
import { type KelurahanProfile, Trend, type TrendKey } from './kelurahan-profiles';
import { cumulativeShares, logistic } from './random';

type Model = {
  /** Logit at 2024S1 for a family of welfare 0 inland. */
  base: number;
  /** Per unit of family welfare. */
  welfare: number;
  coastal?: number;
  island?: number;
  density?: number;
  /** Logit change per period where the item improves; undefined for items without a trend. */
  trend?: { key: TrendKey; rate: number };
};

const MODELS = {
  jkn: { base: 1.75, welfare: 0.45, trend: { key: 'jkn', rate: 0.09 } },
  savingsAdult: { base: -0.15, welfare: 0.75, trend: { key: 'savings', rate: 0.06 } },
  savingsChild: { base: -1.6, welfare: 0.6, trend: { key: 'savings', rate: 0.06 } },
  kbModern: { base: 0.2, welfare: 0.15, trend: { key: 'kb', rate: 0.06 } },
  safeWater: { base: 3.7, welfare: 0.8, coastal: -2.5, island: 1.0, trend: { key: 'water', rate: 0.11 } },
  properLatrine: {
    base: 3.4,
    welfare: 0.7,
    coastal: -1.8,
    density: -0.9,
    trend: { key: 'latrine', rate: 0.11 },
  },
  wasteBin: { base: 1.6, welfare: 0.5, coastal: -0.6, trend: { key: 'sanitation', rate: 0.07 } },
  wastewater: {
    base: 1.5,
    welfare: 0.6,
    coastal: -1.4,
    density: -0.4,
    trend: { key: 'sanitation', rate: 0.07 },
  },
  p4k: { base: 1.0, welfare: 0.3, trend: { key: 'p4k', rate: 0.12 } },
  up2k: { base: -1.8, welfare: -0.2, trend: { key: 'savings', rate: 0.04 } },
  yard: { base: -0.4, welfare: 0.2, density: -1.5, trend: { key: 'house', rate: 0.05 } },
  homeIndustry: { base: -2.7, welfare: 0, density: 0.5 },
  communityWork: { base: 0.6, welfare: -0.15, density: 0.3, trend: { key: 'sanitation', rate: 0.03 } },
  healthyHouse: {
    base: 1.0,
    welfare: 0.55,
    coastal: -0.5,
    density: -1.0,
    trend: { key: 'house', rate: 0.09 },
  },
  posyandu: { base: 1.05, welfare: 0.3, trend: { key: 'posyandu', rate: 0.1 } },
  paud: { base: 0.1, welfare: 0.5, trend: { key: 'paud', rate: 0.12 } },
  /** Leaving school at 13-18 (falls as school participation improves). */
  dropOut: { base: -2.6, welfare: -0.6, coastal: 0.3, trend: { key: 'school', rate: -0.09 } },
  /** Latent welfare stage shift: pre-prosperous families become fewer. */
  prosperity: { base: 0, welfare: 1, trend: { key: 'prosperity', rate: 0.07 } },
} as const satisfies Record<string, Model>;
type ModelName = keyof typeof MODELS;
const MODEL_NAMES = Object.keys(MODELS) as ModelName[];
/** Models by number, for the hot path: `levels.chance(Model.jkn, wealth)`. */
export const Model = Object.fromEntries(MODEL_NAMES.map((name, index) => [name, index])) as {
  readonly [K in ModelName]: number;
};
const SLOPES = Float64Array.from(MODEL_NAMES, (name) => MODELS[name].welfare);

/** Cut points on the latent stage: pra_sejahtera, ks1, ks2, ks3 below them; ks3_plus above. */
export const PROSPERITY_CUTS = [-2.0, -0.8, 0.45, 1.6];

/** Kinds of drinking water: weights of pdam, sumur_terlindung, air_kemasan among safe sources. */
function safeWaterWeights(profile: KelurahanProfile): number[] {
  if (profile.island) return [0.25, 0.15, 0.6];
  const c = profile.coastal;
  return [0.4 + 0.15 * c, 0.35 - 0.3 * c, 0.25 + 0.15 * c];
}
/** Weights of sumur_tidak_terlindung, mata_air, sungai, lainnya among unsafe sources. */
function unsafeWaterWeights(profile: KelurahanProfile): number[] {
  if (profile.island) return [0.45, 0.05, 0, 0.5];
  const c = profile.coastal;
  return [0.6 - 0.3 * c, 0.05, 0.1 + 0.1 * c, 0.25 + 0.2 * c];
}

export class PeriodLevels {
  /** The logit of each model (by Model number) for a family of welfare 0 in this kelurahan and period. */
  private readonly intercepts: Float64Array;
  readonly safeWaterCumulative: number[];
  readonly unsafeWaterCumulative: number[];
  readonly nonRiceStaple: number;

  constructor(
    readonly profile: KelurahanProfile,
    readonly periodIndex: number,
  ) {
    const intercepts = new Float64Array(MODEL_NAMES.length);
    for (const [index, name] of MODEL_NAMES.entries()) {
      const model: Model = MODELS[name];
      const trend = model.trend
        ? model.trend.rate * periodIndex * (profile.trend[Trend[model.trend.key]] ?? 1)
        : 0;
      intercepts[index] =
        model.base +
        (model.coastal ?? 0) * profile.coastal +
        (model.island ?? 0) * (profile.island ? 1 : 0) +
        (model.density ?? 0) * (profile.density - 0.5) +
        trend;
    }
    this.intercepts = intercepts;
    this.safeWaterCumulative = cumulativeShares(safeWaterWeights(profile));
    this.unsafeWaterCumulative = cumulativeShares(unsafeWaterWeights(profile));
    this.nonRiceStaple = profile.island ? 0.05 : 0.012;
  }

  /** Probability of a yes for a family (or a person of a family) with the given welfare. */
  chance(model: number, wealth: number): number {
    return logistic((this.intercepts[model] ?? 0) + (SLOPES[model] ?? 0) * wealth);
  }

  /** The latent welfare stage of a family; compared with PROSPERITY_CUTS. */
  prosperityScore(wealth: number): number {
    return (this.intercepts[Model.prosperity] ?? 0) + wealth;
  }
}
