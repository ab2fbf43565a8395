/**
 * `npm run bench:analyse`: analysis speed on one core — sentences, attributions
 * and flags for articles of about 1,000 words (figure to reach: 100 a second).
 * Texts: PolNeAR dev when present, else the sample corpus, cut or joined to ~1,000 words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../src/core/classify/analyse-article';
import { SAMPLE_CORPUS_DIR } from '../src/paths';
import { DATA_DIR, f3 } from './data';

const polnear = path.join(DATA_DIR, 'polnear-dev', 'text');
const dir = fs.existsSync(polnear) ? polnear : SAMPLE_CORPUS_DIR;
const pool = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n').split(/\s+/);
const articles = Array.from({ length: 200 }, (_, i) => {
  const start = (i * 997) % Math.max(1, pool.length - 1000);
  return pool.slice(start, start + 1000).join(' ');
});
// Load the model and let the JIT settle before timing, as a running server has: the figure is steady-state throughput.
for (const a of articles.slice(0, 20)) analyseArticle(a);
const started = performance.now();
for (const a of articles) analyseArticle(a);
const seconds = (performance.now() - started) / 1000;
console.log(`analysed ${articles.length} articles of 1,000 words from ${path.basename(path.dirname(dir)) === 'polnear-dev' ? 'PolNeAR' : 'the sample corpus'} in ${f3(seconds)} s: ${f3(articles.length / seconds)} articles/s (${Math.round((articles.length * 1000) / seconds).toLocaleString('en')} words/s) on one core; figure to reach: 100 articles/s`);
