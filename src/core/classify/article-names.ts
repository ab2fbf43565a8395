import { classifySource, isPersonRole, isStateName, isTitleOrParty, REPORT_WORDS, surnameOf } from '../attribution/source-type';
import { sexOfFullName, sexOfGivenName } from '../attribution/given-names';
import { isKnownOrganisation } from '../attribution/organisation-names';
import { personNoun } from '../attribution/person-nouns';
import type { Attribution } from '../attribution/types';
import { MASTHEAD_WORD, NAME_PARTICLE, OUTLET_MENTION, SUBORDINATORS } from '../attribution/words';
import { BYLINE_LEAD } from '../extract/boilerplate';
import { outletKey, resolveKnownOutlet } from '../provenance/outlets';
import { isStopWord } from '../text/parse';
import { inNameCase } from '../text/patterns';
import type { AnalysedSentence } from './analyse-article';

// One person or body cited several ways in an article ("Tom Clarke", "Mr. Clarke", "he"; "a person with
// knowledge of the matter", "the person") is joined under one name, so the store counts one source.

/** Pronouns for one other person; "I" and "we" outside quotes are the writer (inside them, the quote's speaker is the source). */
const PRONOUN = /^(?:he|she)$/i;
/**
 * A person mentioned again by age or nationality, as a pronoun is: "the 27-year-old wrote", "the Dutchman said"
 * after "Pop star Mia Carter…", "Arne Slot confirmed…".
 */
const DESCRIBED_BY_AGE_OR_NATION = /^the (?:\d{1,3}-year-old|(?:Dutch|French|English|Irish|Welsh|Scots)(?:man|woman)|Scot|Spaniard|Swede|Dane|Finn|Pole|Czech|Swiss|Portuguese|German|Italian|Belgian|Croatian|Croat|Serbian|Serb|Austrian|Brazilian|Argentine|Argentinian|Uruguayan|Colombian|Mexican|Chilean|Australian|Canadian|American|Japanese|Korean|Nigerian|Ghanaian|Senegalese|Egyptian|Moroccan|Algerian|Ivorian|Cameroonian|Ukrainian|Russian|Georgian|Turk|Greek|Hungarian|Romanian|Bulgarian|Slovenian|Slovakian|Kiwi|New Zealander|South African|Jamaican|Indian|Pakistani|Chinese)$/i;
const isPronoun = (text: string) => PRONOUN.test(text) || DESCRIBED_BY_AGE_OR_NATION.test(text.trim());

/**
 * "he noted" after "wrote Derek Grossman": the pronoun takes the last named person's name and role, unless another
 * person has been named since in passing ("The farm was bought by Tom Reyes in 1990. … he said"; one opening a
 * sentence, "Her neighbour, Tom Reyes, nodded.", is the one meant) or one unnamed has spoken since ("A witness told
 * the Bristol Post…"): with no way to tell which one is meant, the pronoun stays unnamed rather than take the wrong name.
 */
export function resolvePronouns(sentences: AnalysedSentence[]): void {
  let lastPerson: Attribution | null = null;
  /** The group that spoke in the sentence before: "they" speaking next is it ("The family of Sarah Mitchell have paid tribute… they said"). */
  let lastGroup: Attribution | null = null;
  // An article repeats its names: each capitalised run is typed once.
  const typed = new Map<string, boolean>();
  const isPerson = (run: string) => typed.get(run) ?? typed.set(run, classifySource(run).type === 'person').get(run)!;
  /** The unnamed person speaking for a body in this sentence or the one before: who "he said" next means. */
  let unnamed: Attribution | null = null;
  /** Everyone named so far, cited or opening a sentence: who "she" is after a man has spoken since her. */
  const people: Attribution[] = [];
  const told = fullNamesSoFar();
  /** Each cited name's surname, asked of every sentence opening on a capital. */
  const surnames = new Map<string, string | null>();
  const surnameOfName = (name: string) => (surnames.has(name) ? surnames.get(name) : surnames.set(name, surnameOf(name)).get(name));
  for (const s of sentences) {
    told.add(s.text);
    let unnamedBefore: Attribution | null = unnamed;
    unnamed = null;
    // (A sentence citing a body may still open on a person: "Zoe Hart was running a bakery when the Greens asked her…";
    // not one inside a quote carried on from before.)
    // ("Chinese President Xi Jinping held a call…, during which he said": nor one whose only person cited is a pronoun.)
    if (!s.boilerplate && !s.attributions.some((a) => (a.sourceType === 'person' && !isPronoun(a.sourceText)) || a.inherited)) {
      // "Morgan laughs at the suggestion. “They said that about us,” she says.": a person named before, opening a
      // sentence that cites no one, is the one a pronoun after it means.
      // ("Sarah Cole did not set out… ⏎ Cole is not convinced. She believes…": one named opening a sentence counts too.)
      const opening = nameOpening(s.text);
      const subject = opening ? people.findLast((c) => !!c.name && (c.name === opening || surnameOfName(c.name) === opening)) : undefined;
      // ("Maria Santos lost her son in the fire. She spoke to us…": or a person named in full opening it, cited or not.)
      // ("The boat rocks as Tom Harland, 71, untangles a net.": or one introduced anywhere with an age.)
      // ("TikTok user @travelwithkate, who has 200,000 followers, shared a video…": or an account's handle opening it.)
      const opener = subject ? null : (fullNameOpening(s.text, isPerson) ?? agedName(s.text, isPerson) ?? HANDLE_OPENING.exec(s.text)?.[1] ?? surnameOpening(s.text, told, isPerson));
      if (subject) lastPerson = subject;
      else if (opener) {
        lastPerson = openingMention(s, opener, 'person');
        people.push(lastPerson);
      }
      else if (!s.attributions.length && lastPerson && namesAnotherPerson(s.text, lastPerson.name ?? '', isPerson)) lastPerson = null;
    }
    const group: Attribution | null = lastGroup;
    lastGroup = s.attributions.findLast((a) => !a.inherited && (a.sourceType === 'anonymous' || a.sourceType === 'organisation') && !/^(?:it|they)$/i.test(a.sourceText)) ?? (s.boilerplate ? null : peopleOpening(s));
    // ("…officials assured us… ⏎ They were wrong. ⏎ Now they insist…": a sentence about the group, citing no one, keeps it.)
    if (!lastGroup && !s.attributions.length && /^they\b/i.test(s.text)) lastGroup = group;
    for (const a of s.attributions) {
      // ("…, official sources said. …, they said.": the unnamed group by the words that introduced it, as one source.)
      if (group && /^they$/i.test(a.sourceText) && (a.sourceType === 'person' || a.sourceType === 'anonymous') && !a.name) {
        const name = group.name ?? (group.sourceType === 'anonymous' ? group.sourceText : undefined);
        Object.assign(a, { sourceType: group.sourceType, ...(name ? { name } : {}), ...(group.organisation ? { organisation: group.organisation } : {}) });
        continue;
      }
      // "A witness, who did not want to be named, told the Bristol Post… “It was terrifying,” she said.": the
      // unnamed person spoke last, so "she" is no one named before.
      if (isOneUnnamedPerson(a)) lastPerson = null;
      // (Only one speaking for a body: after "one questioner claimed…", "“You're right,” he said" is someone answering.)
      if (isOneUnnamedPerson(a) && a.organisation) unnamed = unnamedBefore = a;
      if (a.sourceType !== 'person') continue;
      // ("Libertarian candidate Gary Johnson’s doctor is calling… ⏎ He released a letter": a person unnamed, told by
      // someone named in passing, leaves the pronoun after with two people it may mean.)
      if (!a.name && lastPerson && !isPronoun(a.sourceText) && namesAnotherPerson(a.sourceText.replace(/^(?:The|A|An|Another)\s+/, ''), lastPerson.name ?? '', isPerson)) {
        lastPerson = null;
        continue;
      }
      const opener = PRONOUN.test(a.sourceText) && !lastPerson ? unnamedOpener(s, a) : undefined;
      if (a.name) {
        lastPerson = a;
        people.push(a);
      } else if (a.role && !lastPerson && isPersonRole(a.role.split(/\s+/).pop()!) && !isPronoun(a.sourceText)) {
        // ("The mayor defended the cuts… “…,” she said.": a person named by post only, with no one named before, is who a
        // pronoun after means; after someone named, "the Republican nominee" is most often that person again.)
        lastPerson = a;
      } else if (PRONOUN.test(a.sourceText) && !lastPerson && unnamedBefore && !contradictsSex(a.sourceText, unnamedBefore)) {
        // ("A spokesman for the festival confirmed… “We apologise…,” he said.": the unnamed one, so the store counts one source.)
        Object.assign(a, { sourceType: 'anonymous', name: unnamedBefore.name ?? unnamedBefore.sourceText, ...(unnamedBefore.organisation ? { organisation: unnamedBefore.organisation } : {}) });
      } else if (opener) {
        // ("My cousin works for the council and she says…": the unnamed person the sentence opens on.)
        Object.assign(a, { sourceType: 'anonymous', name: opener });
      } else if (isPronoun(a.sourceText) && lastPerson && !contradictsSex(a.sourceText, lastPerson)) {
        // "Matt Lauer faced criticism from other outlets after he asked…": the person the sentence is about, named
        // before the pronoun, when no one named speaks before it there.
        const spokenBefore = s.attributions.some((b) => b !== a && b.name && b.sourceType === 'person' && b.cueStart < a.sourceStart);
        const subject = spokenBefore || a.inherited ? null : personNamedIn(s.text.slice(0, a.sourceStart - s.start), isPerson);
        if (subject && subject !== lastPerson.name) a.name = subject;
        else Object.assign(a, { ...(lastPerson.name ? { name: lastPerson.name } : {}), role: lastPerson.role, organisation: lastPerson.organisation });
      } else if (PRONOUN.test(a.sourceText) && lastPerson) {
        // ("Zoe Hart… Councillor James Pryor told me… She shrugs this off.": "she" after a man is the woman named before him.)
        const other = personOfSex(sentences, people, a);
        if (other) Object.assign(a, { name: other.name, role: other.role, organisation: other.organisation });
      }
    }
  }
}

/**
 * People in the plural opening a sentence that cites no one: "The researchers, led by Alberto Ascherio, followed 10
 * million recruits. They found…": who "they" next means.
 */
function peopleOpening(s: AnalysedSentence): Attribution | null {
  if (s.attributions.length) return null;
  const m = /^(?:The|These|Those)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\b/u.exec(s.text);
  if (!m || personNoun(m[1]) !== 'plural') return null;
  return openingMention(s, m[0], 'anonymous');
}

/** An account's handle opening a sentence, past a word or three for the platform's user: "TikTok user @travelwithkate". */
const HANDLE_OPENING = /^(?:[\p{L}-]+\s+){0,3}(@\w{2,30})\b/u;

/** One unnamed person a sentence opens on before the pronoun `a`: "My cousin" of "My cousin works for the council and she says". */
function unnamedOpener(s: AnalysedSentence, a: Attribution): string | undefined {
  // (Past one word that qualifies the person, "My elderly cousin"; not one named in apposition after, "His guest, the
  // actress Kamala Lopez, …".)
  const m = /^(?:My|Our|His|Her|Their|A|An|One)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?=\s+\p{Ll})/u.exec(s.text);
  const head = m && (personNoun(m[1]) === 'singular' ? m[0].slice(0, m[0].length - (m[2] ? m[2].length + 1 : 0)) : m[2] && personNoun(m[2]) === 'singular' ? m[0] : undefined);
  return head && s.start + head.length < a.sourceStart ? head : undefined;
}

/** Who a sentence opens on, as an attribution with no cue: whom a pronoun after it may mean. */
const openingMention = (s: AnalysedSentence, text: string, sourceType: 'person' | 'anonymous'): Attribution =>
  ({ sourceText: text, sourceType, name: text, sourceStart: s.start, sourceEnd: s.start + text.length, cueText: '', cueStart: s.start, cueEnd: s.start });

/**
 * The last person named of the sex a pronoun tells, when no one else that pronoun may mean came since: no other
 * person of that sex named in passing ("with Hillary Clinton lambasting…", "Mrs. Clinton"), and no one met only by
 * a word of role ("The GOP candidate proposes…").
 */
function personOfSex(sentences: AnalysedSentence[], people: Attribution[], pronoun: Attribution): Attribution | null {
  const sex = sexOfMention(pronoun.sourceText)!;
  const other = people.findLast((p) => isOfSex(p, sex));
  if (!other?.name) return null;
  const since = sentences.filter((x) => x.end > other.sourceEnd && x.start < pronoun.sourceStart);
  const unnamed = since.some((x) => x.attributions.some((b) => b.sourceType === 'person' && !b.name && !b.inherited && !isPronoun(b.sourceText)));
  const named = since.some((x) => namesPersonOfSex(x.text.slice(Math.max(0, other.sourceEnd - x.start), pronoun.sourceStart - x.start), sex, other.name!));
  return unnamed || named ? null : other;
}

/** Whether a text names a person of a sex other than `except`, by a given name or a title: "Hillary Clinton", "Mrs. Clinton". */
function namesPersonOfSex(text: string, sex: 'male' | 'female', except: string): boolean {
  const surname = surnameOf(except);
  if ([...text.matchAll(sex === 'female' ? /\b(?:Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu : /\bMr\.?\s+(\p{Lu}[\p{L}'’-]+)/gu)].some((m) => m[1] !== surname)) return true;
  return [...text.matchAll(/\b\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+/gu)].some((m) => m[0] !== except && sexOfFullName(m[0]) === sex);
}

/** A person's full name given with an age, anywhere in a sentence: "as Tom Harland, 71, untangles a net". */
function agedName(text: string, isPerson: (run: string) => boolean): string | null {
  const m = /\b(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s+(?:aged\s+)?\d{1,3},/u.exec(text);
  return m && isPerson(m[1]) ? m[1] : null;
}

/** The person's name of two words or more a sentence opens on ("Maria Santos lost her son…"), past a role ("Tottenham boss Ange Postecoglou…"), or null. */
export function fullNameOpening(text: string, isPerson: (run: string) => boolean): string | null {
  // ("Tottenham boss Ange Postecoglou was left frustrated": past a role in lower case, and the body before it; "Her
  // deputy, Mark Ellis, will lead…": past a role and its comma.)
  // ("The harbour master, Captain Ian Douglas, is more hopeful": a post of two words.)
  const role = /^(?:\p{Lu}[\p{L}'’-]+\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+),?\s+(?=\p{Lu})/u.exec(text);
  // ("Pop star Mia Carter has hit back…": WordNet's star is first a sun.)
  // ("For 40 years, Jimmy Stout climbed…", "In 1998, Jane Doe founded…": or past a phrase of time or place and its comma;
  // "When Mayor Rob Allen first learned…, he assumed…": or past the word opening a clause.)
  const clause = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(text);
  const setting = /^(?:For|In|On|At|By|Since|After|Before|During|Until|Last|This|Every|Each)\s+[^,]{1,30},\s+(?=\p{Lu})/u.exec(text)?.[0] ?? (clause && SUBORDINATORS.has(clause[1].toLowerCase()) ? clause[0] : '');
  const opening = role && (personNoun(role[1]) === 'singular' || role[1] === 'star') ? text.slice(role[0].length) : text.slice(setting.length);
  // (Or an aside after it: "Tom McAllister, 63, stood by the gates", "Sir Keir Starmer, never the most thrilling of performers,".)
  // ("Erik ten Hag was less happy": the particles inside a name are the name's.)
  const run = OPENING_NAME_RUN.exec(opening)?.[0];
  // ("His son, Mark, gave up the sea": kin by a possessive, and a given name alone between commas.)
  const kin = !run && role && /^(?:His|Her|Their|My|Our)\s/.test(text) && personNoun(role[1]) === 'singular' ? /^(\p{Lu}\p{Ll}+),\s/u.exec(opening)?.[1] : undefined;
  if (kin && sexOfGivenName(kin) !== 'unknown') return kin;
  // (Not a word of the sentence capitalised before a name: "If Trump…", "Whether Clinton…".)
  const first = run?.split(/\s/)[0] ?? '';
  return run && !isStopWord(first.toLowerCase()) && !SENTENCE_OPENER.test(first) && isPerson(run) ? (classifySource(run).name ?? null) : null;
}

/**
 * The one full name the article so far gives a surname a sentence opens on: "Donald Trump" for "Trump himself brushed
 * off the criticism…" after "Donald Trump's decision…".
 */
function surnameOpening(text: string, told: FullNamesSoFar, isPerson: (run: string) => boolean): string | null {
  const surname = /^(?:(?:But|And|Yet)\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?=\p{Ll})/u.exec(text)?.[1];
  if (!surname || isStopWord(surname.toLowerCase()) || SENTENCE_OPENER.test(surname)) return null;
  const full = told.of(surname);
  const [name] = full;
  // (Its first word a given name: "When PolitiFact" is no one's.)
  return full.size === 1 && sexOfGivenName(name.split(/\s/)[0]) !== 'unknown' && isPerson(name) ? name : null;
}

/**
 * The capitalised run a sentence opens on, past "But" or a title: a name whole or its surname ("Morgan laughs…", "But
 * Mrs Morgan…").
 */
const nameOpening = (text: string) => /^(?:(?:But|And|Yet)\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(text)?.[1];

/**
 * The article's sentences so far, and the full names they give each surname asked about: each sentence is read once
 * for a surname, so a long article costs no more per sentence than a short one.
 */
interface FullNamesSoFar {
  add(sentence: string): void;
  of(surname: string): Set<string>;
}

function fullNamesSoFar(): FullNamesSoFar {
  const told: string[] = [];
  const found = new Map<string, { read: number; names: Set<string> }>();
  return {
    add: (sentence) => void told.push(sentence),
    of(surname) {
      const entry = found.get(surname) ?? found.set(surname, { read: 0, names: new Set() }).get(surname)!;
      for (; entry.read < told.length; entry.read++) {
        const sentence = told[entry.read];
        for (let at = sentence.indexOf(surname); at >= 0; at = sentence.indexOf(surname, at + surname.length)) {
          const given = givenNamesBefore(sentence, at, surname);
          if (given) entry.names.add(given + surname);
        }
      }
      return entry.names;
    },
  };
}

/**
 * The given name (and initial) right before the surname at `at` in a sentence, with the space after it: "Donald " of
 * "Donald Trump", "George W. " of "George W. Bush"; undefined when none stands there. (A name stays on one line:
 * "Politico⏎Trump campaign…" is no Politico Trump.) One pattern for every surname, tried on the words just before it:
 * a pattern made for each surname an article opens a sentence on cost more to compile than the article to read.
 */
function givenNamesBefore(sentence: string, at: number, surname: string): string | undefined {
  // (The surname ends a word: "Trump" in "Trump's", not in "Trumpet".)
  if (/\w/.test(sentence[at + surname.length] ?? '') === /\w/.test(surname.at(-1)!)) return undefined;
  const from = Math.max(0, at - GIVEN_NAMES_REACH);
  const near = GIVEN_NAMES_BEFORE.exec(sentence.slice(from, at));
  // (A match from where the words were cut may have begun inside a word: then read all the sentence before.)
  const m = near && near.index === 0 && from > 0 ? GIVEN_NAMES_BEFORE.exec(sentence.slice(0, at)) : near;
  return m?.[1];
}
const GIVEN_NAMES_BEFORE = /\b(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}\.)?[^\S\n]+)$/u;
const GIVEN_NAMES_REACH = 64;

/** One unnamed person: "A witness", "one mother", "another resident", "a spokesman for the festival". */
const isOneUnnamedPerson = (a: Attribution) => {
  const head = a.sourceType === 'anonymous' && !a.inherited ? /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)(?:\s+(?:for|of|at|from)\s.*)?$/u.exec(a.sourceText)?.[1] : undefined;
  return !!head && personNoun(head) === 'singular';
};

/**
 * The person a text names in full as a subject, outside its quotes: "Matt Lauer" in "Holt's colleague Matt Lauer
 * faced criticism after"; not a name after a preposition ("Campaigning against Mitt Romney"), nor a run that opens
 * on a word of the sentence ("In Honolulu", "What Trump").
 */
function personNamedIn(text: string, isPerson: (run: string) => boolean): string | null {
  const unquoted = text.replace(/[“"‘][^”"’]*(?:[”"’]|$)|''.*?(?:''|$)/g, (q) => ' '.repeat(q.length));
  for (const m of unquoted.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)) {
    const first = m[0].split(/\s/)[0];
    if (/['’]s$/.test(m[0]) || isStopWord(first.toLowerCase()) || SENTENCE_OPENER.test(first) || AFTER_PREPOSITION.test(unquoted.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (isPerson(m[0])) return classifySource(m[0]).name ?? m[0];
  }
  return null;
}
const AFTER_PREPOSITION = /\b(?:against|with|for|to|of|by|than|about|from|on|at|in|like|and|or|over|under|into|toward|towards)\s+(?:(?:the|a|an|his|her|their)\s+)?$/i;

/** Titles and words of role that tell a person's sex: "Sir Richard Moss" is no "she", "his wife, Ann" no "he". */
const MALE = /\b(?:Mr|Sir|Lord|King|Prince|Duke|Earl|Baron|spokesman|chairman|congressman|businessman|son|husband|father|brother|grandfather|uncle|nephew|boyfriend)\b/i;
const FEMALE = /\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Duchess|Baroness|spokeswoman|chairwoman|congresswoman|businesswoman|daughter|wife|mother|sister|grandmother|aunt|niece|girlfriend|widow)\b/i;
/** The sex a pronoun or a mention tells: "she", "the Frenchwoman"; none for "the 27-year-old", "the Spaniard". */
const sexOfMention = (mention: string) => (/^she$|woman$/i.test(mention) ? 'female' : /^he$|man$/i.test(mention) ? 'male' : null);
/** Whether a person is told to be of a sex, by a title or word of role, or by the given name of a full name. */
function isOfSex(person: Attribution, sex: 'male' | 'female'): boolean {
  if ((sex === 'male' ? MALE : FEMALE).test(`${person.sourceText} ${person.role ?? ''}`)) return true;
  return !!person.name && sexOfFullName(person.name) === sex;
}
/**
 * Whether a person is of the other sex than a pronoun tells: "Sarah Jenkins" is no "he". (A wrong veto, for a name
 * given to both sexes, leaves the pronoun unnamed, which is better than a wrong name.)
 */
function contradictsSex(pronoun: string, person: Attribution): boolean {
  const sex = sexOfMention(pronoun);
  return !!sex && isOfSex(person, sex === 'female' ? 'male' : 'female');
}

/** Whether a sentence names a person other than `name` (by full name, or title and surname): "Her neighbour, Tom Reyes, nodded.", "…the mines that Mr. Clarke acquired". */
function namesAnotherPerson(text: string, name: string, isPerson: (run: string) => boolean): boolean {
  const surname = surnameOf(name);
  for (const m of text.matchAll(/(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)/gu)) {
    // ("Mr. Obama's record" names Mr. Obama.)
    const run = m[0].replace(/['’]s$/, '');
    if (surname && run.endsWith(surname)) continue;
    if (isPerson(run)) return true;
  }
  return false;
}

/** "The senator, who faces a tough race, added…", "the former deputy prime minister": one person mentioned again by office. */
const ROLE_MENTION = /^the ((?:[a-z-]+ ){0,3}(?:senator|governor|president|congressman|congresswoman|representative|mayor|judge|minister|chancellor|ambassador|general|commissioner|sheriff|prosecutor|coach|manager|chairman|chairwoman|spokesman|spokeswoman|spokesperson|MP|MSP|MEP|councillor))$/i;
/** "the billionaire", "the singer": one person mentioned again by a word the article gave their role ("Elon Musk, the billionaire owner of X"). */
const describedAgain = (text: string) => {
  const m = /^the (\p{L}[\p{L}-]+)$/iu.exec(text);
  return m && personNoun(m[1].toLowerCase()) === 'singular' ? m : null;
};
/** The title a name carries for an office: "Sen. Sherrod Brown" is the senator. */
const TITLE_FOR: Record<string, RegExp> = {
  senator: /\bSen\./,
  governor: /\bGov\./,
  representative: /\bRep\./,
  congressman: /\bRep\./,
  congresswoman: /\bRep\./,
  general: /\bGen\./,
};
/** Whether a cited person holds an office, by role or title. */
const holdsOffice = (a: Attribution, office: string) => {
  // (A whole word: "mp" is in "campaign".)
  const word = new RegExp(String.raw`\b${office}\b`, 'i');
  // (Outside the name: a headline's "Pilot reported…" named no pilot that "the pilot" could be.)
  const described = a.name ? a.sourceText.replace(a.name, '') : a.sourceText;
  return word.test(a.role ?? '') || word.test(described) || !!TITLE_FOR[office]?.test(a.sourceText);
};

/** "the person", "the officials": an unnamed source mentioned again, by its noun alone. */
const DEFINITE_MENTION = /^the (person|people|official|officials|source|sources|aide|aides|diplomat|diplomats|insider|insiders|officer|officers)$/i;
const singular = (noun: string) => (noun === 'people' ? 'person' : noun.replace(/s$/, ''));

/**
 * "The person said…" after "A person with knowledge of the matter, who spoke
 * on condition of anonymity, said…": the unnamed source introduced before, so
 * both citations are one source (the span itself stays as the sentence has it).
 */
export function resolveDefiniteMentions(sentences: AnalysedSentence[]): void {
  const introduced = new Map<string, Attribution>();
  /** Named people cited so far, latest last: who "the senator" is. */
  const named: Attribution[] = [];
  for (const a of sentences.flatMap((s) => s.attributions)) {
    if (a.sourceType === 'person' && a.name && !a.inherited) named.push(a);
    // ("According to the spokesman" after "Kremlin Spokesman Dmitry Peskov": the one named in that post, not someone unnamed.)
    const spokesman = a.sourceType === 'anonymous' && /^the spokes(?:man|woman|person)$/i.test(a.sourceText.trim());
    const office = (a.sourceType === 'person' || spokesman) && !a.name ? (ROLE_MENTION.exec(a.sourceText.trim()) ?? describedAgain(a.sourceText.trim())) : null;
    if (office) {
      const holder = named.findLast((n) => holdsOffice(n, office[1].toLowerCase()));
      if (holder) Object.assign(a, { sourceType: 'person', name: holder.name });
      // ("But a senior Labour MP said… “…,” the MP said.": with no one named to hold it, the one introduced unnamed.)
      const unnamed = holder ? undefined : introduced.get(office[1].toLowerCase().split(/\s+/).pop()!);
      if (unnamed) Object.assign(a, { sourceType: 'anonymous', name: unnamed.name ?? unnamed.sourceText, ...(unnamed.organisation ? { organisation: unnamed.organisation } : {}) });
      if (holder || unnamed || !spokesman) continue;
    }
    if (a.sourceType !== 'anonymous' || a.inherited) continue;
    const mention = DEFINITE_MENTION.exec(a.sourceText.trim());
    if (mention) {
      const antecedent = introduced.get(singular(mention[1].toLowerCase()));
      if (antecedent) a.name = antecedent.name ?? antecedent.sourceText;
      continue;
    }
    // An introduction: "a person with knowledge…", "three people familiar with the vote", "two officials".
    const head = /^(?:an?|one|two|three|four|five|several|some|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(person|people|officials?|sources?|aides?|diplomats?|insiders?|officers?)\b/iu.exec(a.sourceText.trim());
    if (head) introduced.set(singular(head[1].toLowerCase()), a);
    // ("a senior Labour MP": one unnamed holder of an office, whom "the MP" next means.)
    const holderOf = /^(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}(\p{L}+)$/u.exec(a.sourceText.trim())?.[1].toLowerCase();
    if (holderOf && !head && personNoun(holderOf) === 'singular') introduced.set(holderOf, a);
  }
}

/** A title, a party or a word of office before a name: "President", "Mr.", "Democrat", "Former", "First Lady", "Leader". */
const notAFirstName = (word: string) => isTitleOrParty(word) || OFFICE_WORD.test(word);
/** Words that open a sentence before a name, capitalised for that alone: "Unlike Patriot, …", "Everything Trump says…". */
const SENTENCE_OPENER = /^(?:Unlike|Like|Everything|Nothing|Popular|Other|Talk|His|Her|Their|Its|Our|My|Your|Retired|Say|Let|Even|Only|Just|Also|Both|Each|Every|All|Many|Most|Some|Such|Several|Few|Unless|Although|Though|Despite|Including|Among|Meanwhile|Yesterday|Today|Tonight)$/;
/** Words of office that stand before a name in Title Case: "Majority Leader John Thune", "Home Secretary Yvette Cooper". */
const OFFICE_WORD = /^(?:Former|Vice|First|Lady|Leader|Secretary|Speaker|Minister|Chairman|Chairwoman|Chair|Director|Chief|Commissioner|Ambassador|Spokesman|Spokeswoman|Spokesperson|Attorney|General|Justice|Judge|Mayor|Governor|Senator|Representative|Whip|Officer|Executive|Coach|Manager|Captain|Detective|Inspector|Sergeant|Constable|Bishop|Pope|King|Queen|Prince|Princess)$/;

/**
 * "Sir Keir said" after "Sir Keir Starmer…" (or after "Keir Starmer…", the honour left out): an honour before a given
 * name is the one full name the article gives that honour and name, or else that name, so every citation of him is
 * one source ("Sir Alex" stays as written in an article that never gives his surname).
 */
export function resolveHonouredNames(text: string, sentences: AnalysedSentence[]): void {
  for (const a of sentences.flatMap((s) => s.attributions)) {
    const [, honour, given] = /^(Sir|Dame)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(a.name ?? '') ?? [];
    const full = given && (theOneName(text, `\\b${honour}\\s+(${given}\\s+\\p{Lu}[\\p{L}'’-]+)`) ?? theOneName(text, `\\b(${given}\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?!\\p{L})`));
    if (full) a.name = full;
  }
}

/** The one name the text gives in the pattern's first group, spaces made single; null for none or several. */
function theOneName(text: string, pattern: string): string | null {
  const names = new Set([...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => m[1].replace(/\s+/g, ' ')));
  return names.size === 1 ? [...names][0] : null;
}

/** Letters after a name: a barrister's rank, a member's seat, an honour. */
const POST_NOMINAL = /^(?:QC|KC|MP|MSP|MEP|CBE|OBE|MBE|KBE|DBE|FRS|PhD)$/;

/**
 * The one full name the article gives a surname: "Mr. Clarke said" after "a
 * man named Tom Clarke" is Tom Clarke, so every citation of him is one
 * source. Of two full names ("Donald Trump", "Ivanka Trump") it is the one the
 * article cites; when it cites both or neither ("Bill Clinton", "Hillary
 * Clinton") the surname stays as it is. Middle initials count as the same name.
 */
export function resolveSurnames(text: string, sentences: AnalysedSentence[]): void {
  // ("Baxter said" after "Tom Baxter, a farmer, said": a firm's name is his surname in an article that names him.)
  const single = sentences
    .flatMap((s) => s.attributions)
    // (Or a state's: "Jordan said" after "Rep. Jim Jordan told…" is him, when he is the one cited by that name; or a
    // name read as a firm's beside one: "Neither Musk nor SpaceX responded" after "Elon Musk…".)
    .filter((a) => a.name && /^\p{Lu}[\p{L}'’-]+$/u.test(a.name) && (a.sourceType === 'person' || (a.sourceType === 'organisation' && (isKnownOrganisation(a.name) || isStateName(a.name) || classifySource(a.name).type === 'person'))));
  if (!single.length) return;
  // One pass over the text: each capitalised run's last word, with the given names before it (for the surnames cited alone).
  const surnames = new Set(single.map((a) => a.name!));
  // Each surname's full names, with how often each is mentioned.
  const fullNames = new Map<string, Map<string, number>>();
  // Two-word names after a title, by their first word: "President Xi Jinping" is how "Xi" is introduced.
  const titledByFirst = new Map<string, Set<string>>();
  // Full names by the given name they open, for a person a tabloid calls by it: "Amy revealed…" after "star Amy Dowden".
  const byGivenName = new Map<string, Set<string>>();
  // (People the article cites by full name: "Amelia Bank", after "Dr", is a woman whatever her surname's word.)
  const citedPeople = new Set(sentences.flatMap((s) => s.attributions).filter((a) => a.sourceType === 'person').map((a) => a.name));
  // A name stays on one line: "…in Geneva⏎⏎Trump said" is not a Geneva Trump.
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:\p{Lu}\.[^\S\n]+)?\p{Lu}[\p{L}'’-]+)+/gu)) {
    // ("JAKE TAPPER, CNN HOST:": a transcript's label in capitals names the speaker as the article's words would.)
    const run = /\p{Ll}/u.test(m[0]) ? m[0] : inNameCase(m[0]);
    const words = run.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    // "Secretary of State Marco Rubio", "Minister of Defence Boris Pistorius": the office's object is no first name.
    if (words.length > 2 && /\bof\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) words.shift();
    // ("Hugh Tomlinson QC, for Mrs Rooney": the surname before letters after the name, which the name drops.)
    while (words.length > 2 && POST_NOMINAL.test(words.at(-1)!)) words.pop();
    // ("President Ferdinand Marcos Jr. on Monday…": the surname before a generational suffix, which the name keeps.)
    const suffix = words.length > 2 && /^(?:Jr|Sr|II|III|IV)$/.test(words.at(-1)!) ? ` ${words.pop()}${text[m.index + m[0].length] === '.' ? '.' : ''}` : '';
    // ("Ridley Scott's long-awaited sequel": the name without its possessive.)
    const surname = words.pop()!.replace(/['’]s$/, '');
    const given = words.slice(-2);
    while (given.length && (notAFirstName(given[0]) || isStopWord(given[0].toLowerCase()) || SENTENCE_OPENER.test(given[0]))) given.shift();
    if (given.length === 1 && words.length >= 2 && notAFirstName(words[words.length - 2])) {
      if (!titledByFirst.has(given[0])) titledByFirst.set(given[0], new Set());
      titledByFirst.get(given[0])!.add(`${given[0]} ${surname}`);
    }
    // ("The Washington Post Trump obtained", "Say Mexico demanded": a body's name before a surname is no given name.)
    const person = citedPeople.has(`${given.join(' ')} ${surname}`) || classifySource(`${given.join(' ')} ${surname}`).type === 'person';
    if (given.length === 1 && surnames.has(given[0]) && person) {
      if (!byGivenName.has(given[0])) byGivenName.set(given[0], new Set());
      byGivenName.get(given[0])!.add(`${given[0]} ${surname}`);
    }
    if (!given.length || given.some(notAFirstName) || !surnames.has(surname) || !person) continue;
    if (!fullNames.has(surname)) fullNames.set(surname, new Map());
    const full = `${given.join(' ')} ${surname}${suffix}`;
    fullNames.get(surname)!.set(full, (fullNames.get(surname)!.get(full) ?? 0) + 1);
  }
  // Of several full names ("Donald Trump", "Ivanka Trump"), the one the article cites as a source.
  const cited = new Set(sentences.flatMap((s) => s.attributions).map((a) => a.name));
  const twoWordNames = [...cited].filter((n): n is string => !!n && n.split(' ').length === 2);
  // "Majority Leader John Thune" read as "Leader John Thune": a cited name it ends with is the name; so is one it is
  // without the middle initial ("Lewis Kaplan" is "U.S. District Judge Lewis A. Kaplan", cited so).
  const withoutInitials = (c: string) => c.replace(/\s\p{Lu}\.(?=\s)/gu, '');
  const asCited = (n: string) => [...cited].find((c) => !!c && c.includes(' ') && (n.endsWith(` ${c}`) || withoutInitials(c) === n)) ?? n;
  for (const a of single) {
    const mentions = fullNames.get(a.name!) ?? new Map<string, number>();
    const found = [...new Set([...mentions.keys()].map(asCited))];
    const speaking = found.filter((n) => cited.has(n));
    // (With none cited: the one the article mentions at least twice as often as the others together, "Hillary Clinton"
    // over a "Chelsea Clinton's apartment" in passing.)
    const total = [...mentions.values()].reduce((n, c) => n + c, 0);
    const mostly = speaking.length ? undefined : [...mentions].find(([, c]) => c >= 2 * (total - c))?.[0];
    const chosen = found.length === 1 ? found[0] : speaking.length === 1 ? speaking[0] : mostly && asCited(mostly);
    if (chosen && (!isStateName(a.name!) || cited.has(chosen))) Object.assign(a, { name: chosen, sourceType: 'person' });
    // A family name written first ("Mao said" after "spokesperson Mao Ning said"): the one cited two-word name it opens.
    // (Or the one name a title introduces: "Xi said" after "Chinese President Xi Jinping met…".)
    if (!found.length && a.sourceType === 'person') {
      // ("Apple" after "Apple Inc. unveiled…": a body's name, not a family name first.)
      const familyFirst = twoWordNames.filter((n) => n.startsWith(`${a.name} `) && classifySource(n).type === 'person');
      const titled = [...(titledByFirst.get(a.name!) ?? [])];
      const givenFirst = sexOfGivenName(a.name!) !== 'unknown' ? [...(byGivenName.get(a.name!) ?? [])] : [];
      if (familyFirst.length === 1) a.name = familyFirst[0];
      else if (!familyFirst.length && titled.length === 1) a.name = titled[0];
      else if (!familyFirst.length && !titled.length && givenFirst.length === 1) a.name = givenFirst[0];
    }
  }
}

/** A newspaper mentioned again by the last word of its name: "the Times", "the Post", "a Times article". */
const PAPER_MENTION = new RegExp(
  String.raw`^(?:[Tt]he|[Aa]n?) (${MASTHEAD_WORD})(?: (?:${REPORT_WORDS}|piece)s?)?$`,
);

/**
 * "Later, the Times said…" after "The New York Times reported…" is the New
 * York Times; in a story that named the Los Angeles Times it is that paper,
 * and in one that named none it is the article's own paper when its name ends
 * so, else whatever the span alone reads as (the London Times for "the Times").
 */
export function resolveShortOutletNames(text: string, sentences: AnalysedSentence[], outlet: string | null): void {
  // Each word's papers are read once, in text order, however many mentions the article has.
  const papers = new Map<string, { at: number; paper: string }[]>();
  for (const a of sentences.flatMap((s) => s.attributions)) {
    const mention = PAPER_MENTION.exec(a.sourceText.trim());
    if (!mention) continue;
    if (!papers.has(mention[1])) papers.set(mention[1], papersNamed(text, mention[1]));
    const paper = papers.get(mention[1])!.findLast((p) => p.at < a.sourceStart)?.paper ?? (outlet?.endsWith(` ${mention[1]}`) ? outlet : null);
    if (!paper) continue;
    const name = resolveKnownOutlet(paper)?.name ?? paper;
    const own = !!outlet && outletKey(resolveKnownOutlet(outlet)?.name ?? outlet) === outletKey(name);
    Object.assign(a, { sourceType: own ? 'self' : 'outlet', name });
  }
}

/** The words a firm's full name adds to the one word it is called by: "Northwind Energy", "Acme Group", "Tata Motors". */
const CORPORATE_WORD = '(?:Energy|Group|Holdings|Bank|Motors|Airlines|Airways|Capital|Partners|Technologies|Technology|Pharmaceuticals|Pharma|Foods|Homes|Water|Power|Media|Insurance|Financial|Systems|Industries|Resources|Mining|Oil|Gas|Telecom|Communications|Entertainment|Logistics|Software|Labs|Ventures|Investments|Properties|Retail|Brands|Therapeutics|Biosciences)';

/**
 * "Northwind believes…" after "Northwind Energy plc today announced…": a firm cited by the first word of the one full
 * name the article gives it is that firm, so both citations are one source.
 */
export function resolveShortBodyNames(text: string, sentences: AnalysedSentence[]): void {
  for (const a of sentences.flatMap((s) => s.attributions)) {
    if (a.sourceType !== 'organisation' || !a.name || !/^\p{Lu}[\p{L}'’-]+$/u.test(a.name)) continue;
    const full = theOneName(text, `\\b(${a.name}\\s+${CORPORATE_WORD})\\b`);
    if (full) a.name = full;
  }
}

/** Runs of capitalised words, the small words a body's name holds inside them: "the World Health Organization", "Food and Drug Administration". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}.'’-]*)+/gu;

/** The full names, in runs of capitalised words, whose capitals spell an acronym: "World Health Organization" for "WHO". */
function namesSpelled(text: string, acronym: string): Set<string> {
  const names = new Set<string>();
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.split(/\s+/);
    words.forEach((first, i) => {
      if (!capitalised(first)) return;
      for (let j = i + 1; j < words.length; j++) {
        const name = words.slice(i, j + 1);
        // (Without the stop closing the sentence it ends: "…according to the Office for National Statistics.")
        if (capitalised(words[j]) && name.filter(capitalised).map((w) => w[0]).join('') === acronym) names.add(name.join(' ').replace(/(?<=\p{Ll}{2})\.$/u, ''));
      }
    });
  }
  return names;
}

/**
 * "The WHO said…" after "the World Health Organization declared…": a body cited by the acronym of the one full name the
 * article gives it is that body, so both citations are one source (and "a WHO spokesperson" speaks for it).
 */
export function resolveAcronyms(text: string, sentences: AnalysedSentence[]): void {
  const spelled = new Map<string, string | null>();
  const fullName = (acronym: string) => {
    if (!spelled.has(acronym)) {
      const names = namesSpelled(text, acronym);
      spelled.set(acronym, names.size === 1 ? [...names][0] : null);
    }
    return spelled.get(acronym);
  };
  const isAcronym = (name: string | undefined): name is string => !!name && /^\p{Lu}{2,6}$/u.test(name);
  for (const a of sentences.flatMap((s) => s.attributions)) {
    if (a.sourceType === 'organisation' && isAcronym(a.name)) a.name = fullName(a.name) ?? a.name;
    if (isAcronym(a.organisation)) a.organisation = fullName(a.organisation) ?? a.organisation;
  }
}

/**
 * An interview's "A:" is the person interviewed: the one the introduction says is talked to ("Eleanor Shaw talks to
 * Helen Price…"), else the first person it names in full ("The Health Secretary, Wes Streeting, spoke to our political
 * editor…"), so every answer is theirs by name.
 */
export function resolveInterviewee(sentences: AnalysedSentence[]): void {
  const answers = sentences.flatMap((s) => s.attributions).filter((a) => a.sourceText === 'A' && a.cueText === ':');
  const firstQuestion = sentences.findIndex((s) => s.attributions.some((a) => a.sourceText === 'Q' && a.sourceType === 'self'));
  if (!answers.length || firstQuestion < 0) return;
  // (Not the byline over it, "By Amelia Gentleman": the writer asks the questions.)
  const intro = sentences.slice(0, firstQuestion).filter((s) => !BYLINE_LEAD.test(s.text));
  const talkedTo = intro.flatMap((s) => [...s.text.matchAll(TALKED_TO)].map((m) => classifySource(m[1]))).find((r) => r.type === 'person');
  const cited = intro.flatMap((s) => s.attributions).find((a) => a.sourceType === 'person' && a.name?.includes(' '));
  const named = cited ?? intro.flatMap((s) => [...s.text.matchAll(FULL_NAME_RUN)].map((m) => classifySource(m[0]))).find((r) => r.type === 'person' && r.name?.includes(' '));
  const interviewee = talkedTo ?? named;
  if (interviewee) for (const a of answers) Object.assign(a, { sourceType: 'person', name: interviewee.name, ...(interviewee.role ? { role: interviewee.role } : {}) });
}
/** A full name after words for talking to someone: "talks to Helen Price", "sits down with", "in conversation with". */
const TALKED_TO = /\b(?:(?:talks?|talked|speaks?|spoke|chats?|chatted)\s+(?:to|with)|interviews|meets|sits\s+down\s+with|in\s+conversation\s+with)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
/** Two or three capitalised words: a full name, perhaps ("Wes Streeting"). */
const FULL_NAME_RUN = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}/gu;

/** How many sentences back the outlet a mention stands for was named. */
const OUTLET_REACH = 4;
/** Capitalised runs that may name an outlet: "The New York Times", "RT", "BBC News". */
const NAME_RUN = /\p{Lu}[\p{L}.&'’-]*(?:\s+(?:on\s+)?\p{Lu}[\p{L}.&'’-]*)*/gu;

/** The outlets a sentence names, known by name or cited, with where each stands. */
function outletsNamedIn(s: AnalysedSentence): { at: number; name: string }[] {
  const named = [...s.text.matchAll(NAME_RUN)].flatMap((m) => {
    // ("Still, The New York Times reported": the run's words from each start, the longest known name first.)
    const words = m[0].replace(/['’]s$/, '').split(/\s+/);
    const name = words.map((_, i) => words.slice(i).join(' ')).map((run) => resolveKnownOutlet(run)?.name).find(Boolean);
    return name ? [{ at: s.start + m.index, name }] : [];
  });
  const cited = s.attributions.filter((a) => !a.inherited && (a.sourceType === 'outlet' || a.sourceType === 'self') && a.name).map((a) => ({ at: a.sourceStart, name: a.name! }));
  // (A journal is no paper, network or website the news means: "A paper published in Nature… The paper said".)
  return [...named, ...cited].filter((o) => resolveKnownOutlet(o.name)?.kind !== 'journal').sort((a, b) => a.at - b.at);
}

/**
 * "The newspaper reported…", "the network said…" after "…the Telegraph revealed", "…the RT editor in chief": the outlet
 * last named, within a few sentences: one source, not an organisation called "newspaper" or a document ("the paper"
 * after "a paper published in Nature" stays the study).
 */
export function resolveOutletMentions(sentences: AnalysedSentence[], outlet: string | null): void {
  sentences.forEach((s, i) => {
    for (const a of s.attributions) {
      const mention = !a.inherited && OUTLET_MENTION.exec(a.sourceText.trim());
      if (!mention) continue;
      const before = sentences.slice(Math.max(0, i - OUTLET_REACH), i + 1);
      const last = before.flatMap(outletsNamedIn).findLast((o) => o.at < a.sourceStart);
      const study = mention[1] === 'paper' && before.some((b) => b.attributions.some((d) => d.sourceType === 'document' && /\bpapers?\b/i.test(d.sourceText) && d.sourceStart < a.sourceStart && (!last || d.sourceStart > last.at)));
      if (!last || study) continue;
      const own = !!outlet && outletKey(resolveKnownOutlet(outlet)?.name ?? outlet) === outletKey(last.name);
      Object.assign(a, { sourceType: own ? 'self' : 'outlet', name: last.name });
    }
  });
}

/** Every paper named in full whose name ends with `word` ("New York Times"), with where it stands. */
function papersNamed(text: string, word: string): { at: number; paper: string }[] {
  const found: { at: number; paper: string }[] = [];
  for (const m of text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}.&'’-]*[^\\S\\n]+){1,3})${word}\\b`, 'gu'))) {
    // The words after the run's last "The" (none in "The Times" itself); of them, the known name ("Sunday New York Times").
    const words = m[1].trim().split(/\s+/);
    const named = words.slice(words.findLastIndex((w) => /^the$/i.test(w)) + 1);
    if (named.length) found.push({ at: m.index, paper: named.map((_, i) => `${named.slice(i).join(' ')} ${word}`).find((n) => resolveKnownOutlet(n)) ?? `${named.join(' ')} ${word}` });
  }
  return found;
}

const PARTICLES = NAME_PARTICLE.source.slice(4, -2);
/** A name of two capitalised words or more, with the particles between them, before a word in lower case or a comma. */
const OPENING_NAME_RUN = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:${PARTICLES})\s+)*\p{Lu}[\p{L}'’-]+)+(?=\s+\p{Ll}|,\s+[\d\p{Ll}])`, 'u');
/** Particles and a surname right after a name: " da Silva". */
const PARTICLE_TAIL = new RegExp(String.raw`^((?:[^\S\n]+(?:${PARTICLES}))+[^\S\n]+\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])`, 'u');
/** A name opening on its particle, apart or hyphenated: "von der Leyen", "al-Sharaa". */
const PARTICLE_FIRST = new RegExp(String.raw`^(?:${PARTICLES})[\s-]`, 'i');
/** Up to three capitalised words right before a name: "European Commission President Ursula ". */
const WORDS_BEFORE = /((?:\p{Lu}[\p{L}'’-]+[^\S\n]+){1,3})$/u;

/**
 * Names with particles, which the capitalised runs of resolveSurnames break:
 * "Von der Leyen said" after "Ursula von der Leyen", "De Gaulle" after
 * "Charles de Gaulle", "Lula" after "Luiz Inacio Lula da Silva". The one full
 * name in the text that holds the short one, with a given name before it;
 * titles and offices before are no given names. Each name is looked up once,
 * where it stands in the text.
 */
export function resolveParticleNames(text: string, sentences: AnalysedSentence[]): void {
  const full = new Map<string, string | null>();
  const people = sentences.flatMap((s) => s.attributions).filter((a) => a.sourceType === 'person' && a.name);
  // ("López Obrador wrote" after "Andrés Manuel López Obrador criticised…": a two-word surname, its first word no given name.)
  const longNames = [...new Set(people.map((a) => a.name!).filter((n) => n.split(' ').length >= 3))];
  for (const a of people) {
    if (!full.has(a.name!)) full.set(a.name!, fullNameHolding(text, a.name!) ?? compoundSurnameOf(a.name!, longNames));
    a.name = full.get(a.name!) ?? a.name;
  }
}

/** The one longer name cited that ends with a two-word name whose first word is no given name: "López Obrador". */
function compoundSurnameOf(name: string, longNames: string[]): string | null {
  const words = name.split(' ');
  const holding = words.length === 2 ? longNames.filter((n) => n.endsWith(` ${name}`)) : [];
  // (The given name asked last: most names end no longer one.)
  return holding.length === 1 && !notAFirstName(words[0]) && sexOfGivenName(words[0]) === 'unknown' ? holding[0] : null;
}

function fullNameHolding(text: string, name: string): string | null {
  const particleFirst = PARTICLE_FIRST.test(name);
  // "Luiz Inacio Lula" as the capitalised run has it: only particles and a surname may follow.
  const completedOnly = name.includes(' ') && !particleFirst;
  const found = new Set<string>();
  for (const spelling of new Set([name, name[0].toLowerCase() + name.slice(1)])) {
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
      const end = at + spelling.length;
      if (/[\p{L}'’-]/u.test(text[at - 1] ?? '') || /[\p{L}'’-]/u.test(text[end] ?? '')) continue;
      const tail = PARTICLE_TAIL.exec(text.slice(end, end + 60))?.[1] ?? '';
      if (completedOnly) {
        if (tail) found.add(`${name}${tail}`);
        continue;
      }
      // A particle name needs no more; a one-word name is completed only by particles after it ("Lula da Silva").
      if (!particleFirst && !tail) continue;
      const words = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 80), at))?.[1].trim().split(/\s+/) ?? [];
      const given = words.slice(words.findLastIndex(notAFirstName) + 1);
      if (given.length) found.add(`${given.join(' ')} ${spelling}${tail}`);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
