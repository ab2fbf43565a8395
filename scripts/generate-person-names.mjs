// Writes src/generated/person-names.json from the lexicon of the `compromise` package:
// the surnames and given names it knows ("matthews", "davies", "ellis"), lower case. A
// capitalised word opening a sentence with a plural's "s" ("Ministers said") is people
// unnamed, unless it is one of these ("Davies said"). Run by postinstall, like `prisma generate`.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const names = Object.entries(nlp.model().one.lexicon)
  .filter(([name, tag]) => /^(?:LastName|FirstName|MaleName|FemaleName)$/.test(tag) && /^[a-z][a-z'-]*$/.test(name))
  .map(([name]) => name)
  .sort();

const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated', 'person-names.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(names));
console.log(`person names: ${names.length} from compromise ${nlp.version} → ${path.relative(process.cwd(), out)}`);
