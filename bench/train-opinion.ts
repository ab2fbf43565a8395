/**
 * `npm run train:opinion`: fits the opinion model's weights (L2-regularised
 * logistic regression, batch gradient descent) on NewsSD-ENG's train split
 * and prints them for src/core/classify/opinion-model.ts, with the validation
 * split's macro-F1. The data stays in ../shared/data; only weights are kept.
 */
import { OPINION_FEATURES, opinionFeatures, opinionProbability } from '../src/core/classify/opinion-features';
import { parseText } from '../src/core/text/parse';
import { dataSet, f3 } from './data';
import { newsSdRows } from './eval-claims';

function vectors(dir: string, split: 'train' | 'val') {
  return newsSdRows(dir, split).map((r) => {
    const sentences = parseText(r.sentence);
    const x = sentences.length ? opinionFeatures({ ...sentences[0], text: r.sentence, tokens: sentences.flatMap((s) => s.tokens) }) : OPINION_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
    return { x, y: r.subjective ? 1 : 0 };
  });
}

function macroF1(data: { x: number[]; y: number }[], w: number[], threshold: number) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const d of data) {
    const p = opinionProbability(d.x, w) >= threshold ? 1 : 0;
    if (p && d.y) tp++;
    else if (p) fp++;
    else if (d.y) fn++;
    else tn++;
  }
  const f = (a: number, b: number, c: number) => (2 * a) / (2 * a + b + c || 1);
  return (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
}

const dir = dataSet('newssd-eng');
if (dir) {
  const train = vectors(dir, 'train');
  const val = vectors(dir, 'val');
  const dims = OPINION_FEATURES.length;
  // Standardise features so one learning rate and one penalty suit them all.
  const mean = Array.from({ length: dims }, (_, j) => (j === 0 ? 0 : train.reduce((s, d) => s + d.x[j], 0) / train.length));
  const sd = Array.from({ length: dims }, (_, j) => (j === 0 ? 1 : Math.sqrt(train.reduce((s, d) => s + (d.x[j] - mean[j]) ** 2, 0) / train.length) || 1));
  const z = (x: number[]) => x.map((v, j) => (j === 0 ? 1 : (v - mean[j]) / sd[j]));
  const trainZ = train.map((d) => ({ x: z(d.x), y: d.y }));
  const positives = train.filter((d) => d.y).length;
  const classWeight = [train.length / (2 * (train.length - positives)), train.length / (2 * positives)];
  let w = new Array(dims).fill(0);
  for (let epoch = 0; epoch < 3000; epoch++) {
    const grad = new Array(dims).fill(0);
    for (const d of trainZ) {
      const err = (opinionProbability(d.x, w) - d.y) * classWeight[d.y];
      for (let j = 0; j < dims; j++) grad[j] += err * d.x[j];
    }
    w = w.map((wj, j) => wj - 0.1 * (grad[j] / trainZ.length + (j === 0 ? 0 : 0.01 * wj)));
  }
  // Back to raw feature units, so the model needs no scaler at run time.
  const raw = w.map((wj, j) => (j === 0 ? wj - w.slice(1).reduce((s, wk, k) => s + (wk * mean[k + 1]) / sd[k + 1], 0) : wj / sd[j]));
  console.log(`train macro-F1 ${f3(macroF1(train, raw, 0.5))}, validation macro-F1 ${f3(macroF1(val, raw, 0.5))}`);
  console.log(`export const OPINION_WEIGHTS = [\n${OPINION_FEATURES.map((name, j) => `  ${raw[j].toFixed(4)}, // ${name}`).join('\n')}\n] as const;`);
}
