import fs from 'node:fs';
import path from 'node:path';
import { compareArticles, gradeReuse, type ReuseGrade } from '../src/core/reuse/compare';
import { findCorpusReuse } from '../src/core/reuse/corpus';
import { prepareText } from '../src/core/reuse/prepare';
import { dataSet, f3, table } from './data';

const LABEL_TO_GRADE: Record<string, ReuseGrade> = { cut: 'verbatim', light: 'edited', heavy: 'paraphrase', non: 'none' };
const GRADES: ReuseGrade[] = ['verbatim', 'edited', 'paraphrase', 'none'];

/**
 * Clough & Stevenson: each answer against its task's source text. Prints the
 * confusion matrix of the predicted grade, accuracy, and whether each derived
 * answer is attributed to the right source (compared against all five).
 */
export function evalCloughStevenson(mistakes: string[]): void {
  const dir = dataSet('clough-stevenson');
  if (!dir) return;
  const rows = fs
    .readFileSync(path.join(dir, 'file_information.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(','))
    .filter(([file]) => !file.startsWith('orig'));
  // The corpus is Latin-1, as its authors published it.
  // Read once: the folder pass below takes the same files again.
  const texts = new Map<string, string>();
  const read = (f: string) => texts.get(f) ?? texts.set(f, fs.readFileSync(path.join(dir, f), 'latin1')).get(f)!;
  const tasks = ['a', 'b', 'c', 'd', 'e'];
  const originals = Object.fromEntries(tasks.map((t) => [t, Object.assign(prepareText(read(`orig_task${t}.txt`)), { outlet: null, date: '2000-01-01' })]));
  const confusion = new Map<string, number>();
  let correct = 0;
  let derived = 0;
  let rightSource = 0;
  for (const [file, task, label] of rows) {
    const answer = Object.assign(prepareText(read(file)), { outlet: null, date: '2000-01-02' });
    const predicted = gradeReuse(compareArticles(originals[task], answer));
    const expected = LABEL_TO_GRADE[label];
    confusion.set(`${expected}|${predicted}`, (confusion.get(`${expected}|${predicted}`) ?? 0) + 1);
    if (predicted === expected) correct++;
    else mistakes.push(`clough-stevenson\t${file}\texpected ${expected}\tpredicted ${predicted}`);
    if (expected !== 'none') {
      derived++;
      const best = tasks
        .map((t) => ({ t, f: compareArticles(originals[t], answer) }))
        .sort((x, y) => (y.f?.targetCoverage ?? 0) - (x.f?.targetCoverage ?? 0))[0];
      if (best.f && best.t === task) rightSource++;
    }
  }
  console.log(`\nClough & Stevenson (${rows.length} answers): predicted grade (columns) against the label (rows)`);
  console.log(table([['label \\ predicted', ...GRADES], ...GRADES.map((g) => [g, ...GRADES.map((p) => confusion.get(`${g}|${p}`) ?? 0)])]));
  console.log(`accuracy on the four classes: ${f3(correct / rows.length)} (figure to reach: 0.90)`);
  console.log(`derived answers attributed to the right source text: ${rightSource}/${derived} (${f3(rightSource / derived)})`);
  folderPass(rows, read);
}

/**
 * The whole corpus as one folder, as `provenance reuse` reads it (no dates,
 * no outlets: direction from the texts alone): how many derived answers come
 * out as copies of their task's source text, how many the other way round,
 * and how many answers not derived are paired with a source text.
 */
function folderPass(rows: string[][], read: (file: string) => string): void {
  const files = [...rows.map(([file]) => file), ...['a', 'b', 'c', 'd', 'e'].map((t) => `orig_task${t}.txt`)];
  const pairs = findCorpusReuse(files.map((id) => Object.assign(prepareText(read(id)), { id, outlet: null, date: null })));
  const has = (source: string, target: string) => pairs.some((p) => p.source === source && p.target === target);
  const count = { right: 0, reversed: 0, derived: 0, falsePairs: 0 };
  for (const [file, task, label] of rows) {
    const original = `orig_task${task}.txt`;
    if (label === 'non') count.falsePairs += +(has(original, file) || has(file, original));
    else {
      count.derived++;
      count.right += +has(original, file);
      count.reversed += +has(file, original);
    }
  }
  console.log(
    `as one folder (provenance reuse): ${count.right}/${count.derived} derived answers found as copies of their source text, ` +
      `${count.reversed} the other way round; ${count.falsePairs} answers not derived paired with a source text`,
  );
}
