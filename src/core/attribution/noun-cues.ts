import type { ParsedToken } from '../text/parse';
import { MANNER_NOUNS, NOMINAL_CUES } from './cues';
import { phraseAfter } from './noun-phrases';
import { isQuoted, type QuoteSpan } from './quotes';
import { sourceTypeOf } from './speakers';
import { BE, NOMINAL, POSSESSIVE, POSSESSIVE_PRONOUN, WEEKDAY_OR_DAY } from './words';

// Cues that are no verb: a reporting noun's possessor, a poll the figures stand in, and what "according to" means.

/** A reporting noun outside quotes: "claim", "warning", "criticism". */
const isReportingNoun = (t: ParsedToken, quotes: QuoteSpan[]) => t.pos === 'NOUN' && NOMINAL_CUES.has(t.lemma) && !isQuoted(quotes, t.start, t.end);

/** Verbs after a reporting noun that place the speech rather than tell it: "Trump's comments came as…". */
const SPEECH_PLACED = /^(?:come|draw|spark|prompt|trigger|follow|cause|anger|echo)$/;

/**
 * The named possessor of a reporting noun, outside quotes: "Trump's claim
 * that…", "Elizabeth Warren's criticism of…"; null otherwise. A pronoun's
 * ("his pledge") is left out: annotators and readers take it as the writer's wording.
 */
export function nominalCue(tokens: ParsedToken[], k: number, quotes: QuoteSpan[]): [number, number] | null {
  if (!isReportingNoun(tokens[k], quotes)) return null;
  const before = tokens[k - 1];
  // ("During Tuesday’s arguments", "In Friday's statement": a day's, when it was said, not who said it.)
  if (!before || !POSSESSIVE.has(before.lower) || tokens[k - 2]?.pos !== 'PROPN' || WEEKDAY_OR_DAY.test(tokens[k - 2].lower)) return null;
  let start = k - 2;
  while (start > 0 && tokens[start - 1].pos === 'PROPN') start--;
  // ("Trump’s comments came as…", "will address Trump’s comments at an event", "lambasting Trump’s plan.": speech only
  // referred to, placed in time or acted on, with none of what was said after it.)
  const after = tokens[k + 1];
  if (after && SPEECH_PLACED.test(after.lemma)) return null;
  if (tokens[start - 1]?.pos === 'VERB' && (!after || ['PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(after.pos)) && !/^(?:that|about|on|of|to|as)$/.test(after?.lower ?? '')) return null;
  return [start, k - 2];
}

/**
 * The speaker after "from" or "by" of a reporting noun whose "that" clause follows: "repeated warnings from his
 * attorney that the showdown was fruitless", "a claim by the campaign that…"; null otherwise (not "the warning from
 * the IMF came as…", which tells of a warning, not what it said).
 */
export function nominalCueFrom(tokens: ParsedToken[], k: number, quotes: QuoteSpan[]): [number, number] | null {
  if (!/^(?:from|by)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  // ("'No,' was the blunt reply from the minister.": a quote opening the sentence, then what it was and who said it.)
  if (tokens[k].pos === 'NOUN' && QUOTED_AS.has(tokens[k].lemma) && answersQuote(tokens, k, quotes)) return phraseAfter(tokens, k + 2);
  if (!isReportingNoun(tokens[k], quotes)) return null;
  const that = tokens.findIndex((x, i) => i > k + 2 && i <= k + 8 && x.lower === 'that');
  const phrase = tokens.slice(k + 2, that);
  if (that < 0 || !phrase.every((x) => NOMINAL.has(x.pos) || POSSESSIVE_PRONOUN.has(x.lower) || POSSESSIVE.has(x.lower))) return null;
  return [k + 2, that - 1];
}

/** What a quote is said to have been: "was the reply from", "was the message from". */
const QUOTED_AS = new Set(['reply', 'response', 'answer', 'retort', 'message', 'verdict', 'reaction', 'warning', 'claim', 'comment', 'view', 'plea', 'refrain', 'cry', 'assessment']);

/** Whether the noun at k is what a quote opening the sentence was: "'No,' was the blunt reply". */
function answersQuote(tokens: ParsedToken[], k: number, quotes: QuoteSpan[]): boolean {
  let i = k - 1;
  while (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'ADV') i--;
  const opensOnQuote = quotes.some((q) => q.start <= tokens[0].end && q.end <= tokens[i - 1]?.start);
  return tokens[i]?.lower === 'the' && BE.has(tokens[i - 1]?.lower ?? '') && opensOnQuote;
}

/** Stances an existential "there are" tells of without saying whose. */
const HELD_BY_SOMEONE = /^(?:fears|concerns|claims|suggestions|rumou?rs|warnings|calls|questions|worries|doubts|hopes|allegations|reports|speculation|suspicions|accusations|complaints)$/;

/**
 * "There are fears that the virus could spread", "There have been growing calls for…": a stance held by people the
 * sentence never names, from "There" to the noun; null otherwise ("There are 40 reports on file" counts them).
 */
export function unnamedStance(tokens: ParsedToken[], k: number, quotes: QuoteSpan[]): [number, number] | null {
  const t = tokens[k];
  // (Whatever the tagger made of the noun: "fears", "calls" read as verbs.)
  if (!HELD_BY_SOMEONE.test(t.lower) || isQuoted(quotes, t.start, t.end) || !/^(?:that|about|over|of|for)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  let i = k - 1;
  while (tokens[i]?.pos === 'ADJ' || /^(?:growing|mounting|increasing|renewed|widespread)$/.test(tokens[i]?.lower ?? '')) i--;
  while (tokens[i]?.pos === 'AUX' || BE.has(tokens[i]?.lower ?? '')) i--;
  return tokens[i]?.lower === 'there' && i < k - 1 ? [i, k] : null;
}

/** Nouns for a view someone holds. */
const VIEW_NOUNS = new Set(['view', 'opinion', 'verdict', 'conclusion', 'assessment', 'belief', 'judgment', 'judgement']);

/**
 * The holder of a view the writer gives as theirs: "That is the view of Professor Jane Hall", "In the opinion of many
 * economists, the plan will fail"; null otherwise ("the view of the harbour" is a sight; "the conclusion of the
 * talks", their end).
 */
export function viewHolder(tokens: ParsedToken[], k: number): [number, number] | null {
  const t = tokens[k];
  if (t.pos !== 'NOUN' || !VIEW_NOUNS.has(t.lemma) || tokens[k + 1]?.lower !== 'of' || tokens[k - 1]?.lower !== 'the') return null;
  const before = tokens[k - 2]?.lower === 'also' ? k - 3 : k - 2;
  const framed = tokens[before]?.lower === 'in' || (BE.has(tokens[before]?.lower ?? '') && /^(?:that|this|such|it)$/.test(tokens[before - 1]?.lower ?? ''));
  const holder = framed ? phraseAfter(tokens, k + 2) : null;
  return holder && sourceTypeOf(tokens, holder) !== 'unknown' ? holder : null;
}

/** What reports its own findings when figures stand "in" it: "In this poll, Trump rose 1 point". */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** What may stand between "in" and the poll: "this", "the previous Washington Post/ABC News national", "online and snap". */
const POLL_MODIFIER = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'CCONJ']);

/**
 * "In this poll, Trump rose…", "a bump in one of the first post-debate
 * polls", "leads in the polls": the poll is where the figures come from.
 * Returns the phrase from after "in" to the poll noun, or null.
 */
export function pollCited(tokens: ParsedToken[], k: number): [number, number] | null {
  if (tokens[k].lower !== 'in') return null;
  const from = tokens[k + 1]?.lower === 'one' && tokens[k + 2]?.lower === 'of' ? k + 3 : k + 1;
  for (let i = from; i < tokens.length && i < from + 10; i++) {
    if (POLL_NOUNS.has(tokens[i].lower) && tokens[i].pos === 'NOUN') return [k + 1, i];
    if (!POLL_MODIFIER.has(tokens[i].pos) && tokens[i].text !== '/' && tokens[i].text !== '-') return null;
  }
  return null;
}

/**
 * "the dynamics of the region", "plan", "the dynamics and the interest of
 * China", "the recipe Beijing has set": a phrase whose head (that of its
 * first conjunct, before a preposition or what qualifies it) is a way of
 * doing things or a measure; "two sources familiar with the plans" are sources.
 */
export function isMannerPhrase(tokens: ParsedToken[], [first, last]: [number, number]): boolean {
  const end = tokens
    .slice(first + 1, last + 1)
    .findIndex((t, i) => {
      const before = tokens[first + i].pos;
      // (A name after a noun opens a clause qualifying it: "the recipe Beijing has set".)
      return ['ADP', 'CCONJ', 'SCONJ'].includes(t.pos) || ((t.pos === 'ADJ' || t.pos === 'VERB') && (before === 'NOUN' || before === 'PROPN')) || (t.pos === 'PROPN' && before === 'NOUN');
    });
  const head = tokens[end >= 0 ? first + end : last];
  // "the Global Peace Index", "the Pentagon's Plan": a named measure or paper is a source.
  if (/^\p{Lu}/u.test(head.text)) return false;
  return MANNER_NOUNS.has(head.lower) || MANNER_NOUNS.has(head.lemma);
}
