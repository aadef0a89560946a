import { DIMENSIONS } from "./hashing";
import type { SparseFeatures } from "./features";
import type { LinearModel } from "./linear-model";

// Deterministic training: examples in the given order, shuffled by a seeded generator, plain
// arithmetic in a fixed order: the same examples and options give the same weights, bit for bit.

export interface Example {
  features: SparseFeatures;
  positive: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** L2 penalty per update on the weights a sentence touches. */
  l2: number;
  learningRate: number;
  seed: number;
  /** Start from these weights (a team's model starts from the shipped one) instead of zeros. */
  start?: { bias: number; weights: Float32Array };
  /** L2 pulls toward the starting weights instead of zero, so a few decisions adjust rather than replace. */
  anchored?: boolean;
  /** AdaGrad's starting sum of squared gradients for every weight and the bias (default 0). */
  initialAccumulator?: number;
  /** Called after each epoch with the weights so far, so one run yields the models of several epoch counts. */
  afterEpoch?: (epoch: number, fitted: Pick<LinearModel, "bias" | "weights">) => void;
}

/** Logistic regression by AdaGrad over the examples; the threshold is left at 0.5 for the caller to tune. */
export function trainLogistic(examples: Example[], options: TrainOptions): Pick<LinearModel, "bias" | "weights"> {
  const weights = new Float64Array(DIMENSIONS);
  const anchor = new Float64Array(DIMENSIONS);
  let bias = 0;
  if (options.start) {
    weights.set(options.start.weights);
    if (options.anchored) anchor.set(options.start.weights);
    bias = options.start.bias;
  }
  const squared = new Float64Array(DIMENSIONS);
  const initial = options.initialAccumulator ?? 0;
  if (initial) squared.fill(initial);
  let biasSquared = initial;
  const positives = examples.filter((e) => e.positive).length;
  // Both classes weigh the same in total, so the rarer check-worthy class is not drowned out.
  const positiveWeight = positives ? examples.length / (2 * positives) : 1;
  const negativeWeight = positives < examples.length ? examples.length / (2 * (examples.length - positives)) : 1;
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, positive } = examples[index]!;
      const { slots, values } = features;
      let z = bias;
      for (let k = 0; k < slots.length; k++) z += weights[slots[k]!]! * values[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const error = (p - (positive ? 1 : 0)) * (positive ? positiveWeight : negativeWeight);
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k]!;
        const gradient = error * values[k]! + options.l2 * (weights[slot]! - anchor[slot]!);
        squared[slot]! += gradient * gradient;
        weights[slot]! -= (options.learningRate * gradient) / Math.sqrt(squared[slot]! + 1e-8);
      }
      biasSquared += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquared + 1e-8);
    }
    options.afterEpoch?.(epoch + 1, { bias, weights: Float32Array.from(weights) });
  }
  return { bias, weights: Float32Array.from(weights) };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
