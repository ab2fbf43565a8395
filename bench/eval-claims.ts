import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../src/core/classify/analyse-article';
import { dataSet, f3, table } from './data';

type Span = [number, number];

interface Gold {
  sources: Span[];
  cues: Span[];
  contents: Span[];
}

/** brat standoff: "T1\tSource 89 106;110 120\ttext"; discontinuous spans become several. */
function readAnn(text: string): Gold {
  const gold: Gold = { sources: [], cues: [], contents: [] };
  for (const line of text.split('\n')) {
    const m = /^T\d+\t(Source|Cue|Content) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const spans = m[2].split(';').map((p) => p.trim().split(' ').map(Number) as Span);
    gold[m[1] === 'Source' ? 'sources' : m[1] === 'Cue' ? 'cues' : 'contents'].push(...spans);
  }
  return gold;
}

const overlaps = (a: Span, b: Span) => Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  get p() { return this.tp / (this.tp + this.fp); }
  get r() { return this.tp / (this.tp + this.fn); }
  get f1() { return (2 * this.p * this.r) / (this.p + this.r); }
  row(name: string) { return [name, f3(this.p), f3(this.r), f3(this.f1), this.tp + this.fn]; }
}

/**
 * Overlap matching: a predicted span is right when it overlaps a gold span; a
 * gold span is found when a prediction overlaps it. Returns the misses both ways.
 */
function matchSpans(spans: Span[], gold: Span[], c: Counts): { missed: Span[]; spurious: Span[] } {
  // (A cue two sources share, "Reuters and the BBC reported", is one span.)
  const predicted = [...new Map(spans.map((p) => [`${p[0]}:${p[1]}`, p])).values()];
  const missed = gold.filter((g) => !predicted.some((p) => overlaps(p, g)));
  const spurious = predicted.filter((p) => !gold.some((g) => overlaps(p, g)));
  c.tp += gold.length - missed.length;
  c.fn += missed.length;
  c.fp += spurious.length;
  return { missed, spurious };
}

/** A span in its sentence, marked with [[ ]], for the mistakes file. */
function inContext(text: string, [start, end]: Span): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 120);
  const to = Math.min(text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end), end + 80);
  return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ');
}

/** The publishers PolNeAR's file names open with. */
const POLNEAR_OUTLETS: Record<string, string> = {
  breitbart: 'Breitbart News',
  'huff-post': 'HuffPost',
  nyt: 'The New York Times',
  politico: 'Politico',
  'usa-today': 'USA Today',
  'wash-post': 'The Washington Post',
  'west-journal': 'The Western Journal',
};

/** PolNeAR dev: sentence "attributed", source spans and cue spans against the annotations. */
export function evalPolnear(mistakes: string[]): void {
  const dir = dataSet('polnear-dev');
  if (!dir) return;
  const sentence = new Counts();
  const source = new Counts();
  const cue = new Counts();
  const files = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt'));
  // Annotation files carry a hash suffix: "<name>_ef2d.ann" for "<name>.txt".
  const annotations = fs.readdirSync(path.join(dir, 'attributions'));
  let words = 0;
  const started = performance.now();
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
    words += text.split(/\s+/).length;
    const ann = annotations.find((a) => a.replace(/_[0-9a-f]+\.ann$/, '') === file.replace(/\.txt$/, ''));
    if (!ann) continue;
    const gold = readAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
    // Each article is read as the store reads it, knowing its own outlet (the corpus names it in the file name).
    const { sentences } = analyseArticle(text, POLNEAR_OUTLETS[file.split('_')[0]] ?? null);
    const own = sentences.flatMap((s) => s.attributions.filter((a) => !a.inherited));
    for (const [name, counts, predicted, spans] of [
      ['source', source, own.map((a): Span => [a.sourceStart, a.sourceEnd]), gold.sources],
      ['cue', cue, own.map((a): Span => [a.cueStart, a.cueEnd]), gold.cues],
    ] as const) {
      const { missed, spurious } = matchSpans(predicted, spans, counts);
      for (const g of missed) mistakes.push(`polnear\t${file}\tmissed ${name}\t${inContext(text, g)}`);
      for (const p of spurious) mistakes.push(`polnear\t${file}\tspurious ${name}\t${inContext(text, p)}`);
    }
    for (const s of sentences) {
      if (s.boilerplate) continue;
      const span: Span = [s.start, s.end];
      const isGold = gold.contents.some((g) => overlaps(g, span)) || gold.cues.some((g) => overlaps(g, span));
      const isPredicted = s.attributions.length > 0;
      if (isGold && isPredicted) sentence.tp++;
      else if (isPredicted) {
        sentence.fp++;
        mistakes.push(`polnear\t${file}\tfalse attributed\t${s.text.slice(0, 200)}\t${s.attributions.map((a) => `${a.sourceText}/${a.cueText}`).join('; ')}`);
      } else if (isGold) {
        sentence.fn++;
        mistakes.push(`polnear\t${file}\tmissed attributed\t${s.text.slice(0, 200)}`);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nPolNeAR dev (${files.length} articles): attribution, overlap matching`);
  console.log(table([['measure', 'precision', 'recall', 'F1', 'gold'], sentence.row('sentence attributed'), source.row('source span'), cue.row('cue span')]));
  console.log(`figures to reach: sentence F1 ≥ 0.90, source F1 ≥ 0.85, cue F1 ≥ 0.85 · analysed ${Math.round(words / seconds).toLocaleString('en')} words/s`);
}

/** Minimal CSV reader for NewsSD's quoted, multi-line fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export function newsSdRows(dir: string, split: 'train' | 'val'): { sentence: string; subjective: boolean }[] {
  return readCsv(fs.readFileSync(path.join(dir, `${split}.csv`), 'utf8'))
    .slice(1)
    .filter((r) => r.length >= 2 && (r[1] === 'SUBJ' || r[1] === 'OBJ'))
    .map((r) => ({ sentence: r[0].trim(), subjective: r[1] === 'SUBJ' }));
}

/** NewsSD-ENG: the opinion flag against SUBJ / OBJ, macro-F1, on both splits. */
export function evalNewsSd(mistakes: string[]): void {
  const dir = dataSet('newssd-eng');
  if (!dir) return;
  const rows: (string | number)[][] = [['split', 'sentences', 'opinion P', 'opinion R', 'F1 SUBJ', 'F1 OBJ', 'macro-F1', 'accuracy']];
  for (const split of ['train', 'val'] as const) {
    const subj = new Counts();
    const obj = new Counts();
    const data = newsSdRows(dir, split);
    for (const { sentence, subjective } of data) {
      const { sentences } = analyseArticle(sentence);
      const predicted = sentences.some((s) => s.flags.some((f) => f.flag === 'opinion'));
      if (predicted && subjective) subj.tp++;
      else if (predicted) (subj.fp++, obj.fn++, mistakes.push(`newssd-${split}\tfalse opinion\t${sentence.slice(0, 200)}`));
      else if (subjective) (subj.fn++, obj.fp++, mistakes.push(`newssd-${split}\tmissed opinion\t${sentence.slice(0, 200)}`));
      else obj.tp++;
    }
    rows.push([split, data.length, f3(subj.p), f3(subj.r), f3(subj.f1), f3(obj.f1), f3((subj.f1 + obj.f1) / 2), f3((subj.tp + obj.tp) / data.length)]);
  }
  console.log('\nNewsSD-ENG: opinion flag against SUBJ / OBJ');
  console.log(table(rows));
  console.log('figure to reach: macro-F1 ≥ 0.82 (published transformer systems: about 0.78–0.81)');
}
