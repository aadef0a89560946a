import type { SparseFeatures } from "./features";
import { decodeModel, encodeModel, probability, type LinearModel } from "./linear-model";
import { trainLogistic, type Example } from "./train";

// The recipe `npm run train:claims`, the CLI's `learn` and a team's retraining share: a few seeds
// averaged into one weight vector (less dependent on one shuffle), then rounded as it ships.

export interface Recipe {
  epochs: number;
  l2: number;
  learningRate: number;
  seeds: number;
  /** AdaGrad's starting sum of squared gradients per weight (0: the first step on a weight is a full learning rate whatever its gradient). */
  initialAccumulator?: number;
}

// Smaller steps averaged over more seeds: the same F1 in cross-validation on ClaimBuster, steadier on
// debates it has not seen (a smoother average of five shuffles instead of three). The epochs and the L2
// penalty are chosen by cross-validation in scripts/train-claims.ts.
export const SHIPPED_RECIPE: Omit<Recipe, "l2" | "epochs"> = { learningRate: 0.1, seeds: 5 };

/**
 * The shipped decision point. Training weighs both classes equally, so 0.5 is where "check-worthy" and
 * "not" are equally likely whatever share of check-worthy sentences a text has; a threshold tuned to
 * ClaimBuster's share (24 %) would turn away claims in texts that hold more of them.
 */
export const SHIPPED_THRESHOLD = 0.5;

export function fitModel(
  examples: Example[],
  recipe: Recipe,
  meta: Pick<LinearModel, "language" | "label" | "prior">,
  start?: LinearModel,
): LinearModel {
  return fitModelsAtEpochs(examples, recipe, [recipe.epochs], meta, start)[0]!;
}

/**
 * The models fitModel gives for each of several epoch counts, from one run of the largest per seed
 * (the weights after epoch e of a longer run are those of a run of e epochs, bit for bit).
 */
export function fitModelsAtEpochs(
  examples: Example[],
  recipe: Omit<Recipe, "epochs">,
  epochCounts: number[],
  meta: Pick<LinearModel, "language" | "label" | "prior">,
  start?: LinearModel,
): LinearModel[] {
  const sums = epochCounts.map(() => ({ bias: 0, weights: null as Float32Array | null }));
  for (let seed = 1; seed <= recipe.seeds; seed++) {
    trainLogistic(examples, {
      ...recipe,
      epochs: Math.max(...epochCounts),
      seed,
      start,
      anchored: Boolean(start),
      afterEpoch: (epoch, fitted) =>
        epochCounts.forEach((count, i) => {
          if (count !== epoch) return;
          const sum = sums[i]!;
          sum.bias += fitted.bias / recipe.seeds;
          if (!sum.weights) sum.weights = new Float32Array(fitted.weights.length);
          for (let k = 0; k < sum.weights.length; k++) sum.weights[k]! += fitted.weights[k]! / recipe.seeds;
        }),
    });
  }
  // Round-trip through the file format so what is scored is exactly what ships.
  return sums.map((sum) =>
    decodeModel(encodeModel({ ...meta, bias: sum.bias, weights: sum.weights!, threshold: start?.threshold ?? 0.5 })),
  );
}

export interface Scored {
  features: SparseFeatures;
  positive: boolean;
}

/** The threshold (0.20 … 0.90 in steps of 0.01) with the best F1 of the positive class; ties go to the lower one. */
export function bestThreshold(model: LinearModel, rows: Scored[]): { threshold: number; f1: number } {
  const probabilities = rows.map((row) => probability(model, row.features));
  let best = { threshold: 0.5, f1: -1 };
  for (let step = 20; step <= 90; step++) {
    const threshold = step / 100;
    const f1 = f1At(probabilities, rows, threshold).f1;
    if (f1 > best.f1 + 1e-12) best = { threshold, f1 };
  }
  return best;
}

/**
 * Scores of each row when it was left out, for each of the models `fit` returns (one list per model):
 * k folds by position (row i in fold i mod k), deterministic.
 */
export function crossValidated(rows: Scored[], folds: number, fit: (training: Scored[]) => LinearModel[]): number[][] {
  const scores: number[][] = [];
  for (let fold = 0; fold < folds; fold++) {
    const models = fit(rows.filter((_, i) => i % folds !== fold));
    models.forEach((model, m) => {
      scores[m] ??= new Array<number>(rows.length);
      rows.forEach((row, i) => {
        if (i % folds === fold) scores[m]![i] = probability(model, row.features);
      });
    });
  }
  return scores;
}

export function f1At(probabilities: number[], rows: { positive: boolean }[], threshold: number) {
  let tp = 0, fp = 0, fn = 0;
  rows.forEach((row, i) => {
    const predicted = probabilities[i]! >= threshold;
    if (predicted && row.positive) tp++;
    else if (predicted) fp++;
    else if (row.positive) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
