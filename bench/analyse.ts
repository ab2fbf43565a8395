/**
 * `npm run bench:analyse`: analysis speed on one core — sentences, attributions
 * and flags for articles of about 1,000 words (figure to reach: 100 a second).
 * Texts: PolNeAR dev when present, else the sample corpus, cut or joined to ~1,000 words.
 * The 200 articles wrap around PolNeAR's 67k words about three times, and text
 * seen before analyses faster (the model's and the rules' caches keep what they
 * read), so the figure for text never seen before is printed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../src/core/classify/analyse-article';
import { SAMPLE_CORPUS_DIR } from '../src/paths';
import { DATA_DIR, f3 } from './data';

const readAll = (d: string) => fs.readdirSync(d).map((f) => fs.readFileSync(path.join(d, f), 'utf8'));
const polnear = path.join(DATA_DIR, 'polnear-dev', 'text');
const dir = fs.existsSync(polnear) ? polnear : SAMPLE_CORPUS_DIR;
const pool = readAll(dir).join('\n\n').split(/\s+/);
const STRIDE = 997;
const articles = Array.from({ length: 200 }, (_, i) => {
  const start = (i * STRIDE) % Math.max(1, pool.length - 1000);
  return pool.slice(start, start + 1000).join(' ');
});
/** The articles before the windows wrap around the pool: text the analysis has not seen. */
const unseen = Math.min(articles.length, Math.max(1, Math.floor((pool.length - 1000) / STRIDE)));
// Load the model and let the JIT settle before timing, as a running server has, on other text (the sample
// corpus) so that no timed article is read twice: the figure is steady-state throughput.
const warmUp = readAll(SAMPLE_CORPUS_DIR);
for (const until = performance.now() + 2000; performance.now() < until; ) for (const a of warmUp) analyseArticle(a);
const times: number[] = [];
for (const a of articles) {
  const t = performance.now();
  analyseArticle(a);
  times.push(performance.now() - t);
}
const rate = (ms: number[]) => (ms.length * 1000) / ms.reduce((x, y) => x + y, 0);
const seconds = times.reduce((x, y) => x + y, 0) / 1000;
const source = path.basename(path.dirname(dir)) === 'polnear-dev' ? 'PolNeAR' : 'the sample corpus';
console.log(`analysed ${articles.length} articles of 1,000 words from ${source} in ${f3(seconds)} s: ${f3(articles.length / seconds)} articles/s (${Math.round((articles.length * 1000) / seconds).toLocaleString('en')} words/s) on one core; figure to reach: 100 articles/s`);
console.log(`  of which text never seen before (the first ${unseen}; the ${pool.length.toLocaleString('en')} words of ${source} then repeat): ${f3(rate(times.slice(0, unseen)))} articles/s`);
// A transcript or a book-length report is analysed as one article: its time should grow with its length, not faster.
for (const words of [10_000, 50_000]) {
  const long = Array.from({ length: Math.ceil(words / pool.length) }, () => pool)
    .flat()
    .slice(0, words)
    .join(' ');
  const t = performance.now();
  analyseArticle(long);
  const ms = performance.now() - t;
  console.log(`  one article of ${words.toLocaleString('en')} words: ${f3(ms / 1000)} s (${Math.round((words * 1000) / ms).toLocaleString('en')} words/s)`);
}
