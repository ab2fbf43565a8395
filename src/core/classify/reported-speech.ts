import type { QuoteSpan } from '../attribution/quotes';
import { DEPICTIONS, JUDGING_VERBS, STRONG_CUES } from '../attribution/cues';
import { baseForms } from '../attribution/retag-verbs';
import type { Attribution } from '../attribution/types';
import { isInflectedVerb, isWriterOrReader, nounClauseAt, viewsAs } from '../attribution/words';
import type { ParsedSentence, ParsedToken } from '../text/parse';
import { wordTable } from '../text/patterns';

// What a credited source is reported to have said in a sentence: its words, not the writer's.

/** The sentence's own attribution to a source other than the writer, the reader or a weasel ("critics say"). */
export const creditsSomeoneElse = (a: Attribution) => !a.inherited && a.sourceType !== 'weasel' && !isWriterOrReader(a.sourceText);

/**
 * A cue of saying ("said", "told", "according to"), or any cue with a "that"
 * clause ("Beijing has assessed that…", "she believes that…"): what follows is
 * the source's. Not a stance's object ("backs the plan", "wants a deal"), which
 * is the writer's to judge.
 */
const reportsSpeech = (s: ParsedSentence, a: Attribution) =>
  /^according to\b/i.test(a.cueText) ||
  // ("with one saying…": a participle the tagger read as a noun, its lemma the noun's.)
  s.tokens.some((t) => t.start >= a.cueStart && t.end <= a.cueEnd && (STRONG_CUES.has(t.lemma) || (/ing$/.test(t.lower) && baseForms(t.lower).some((l) => STRONG_CUES.has(l))))) ||
  s.tokens.find((t) => t.start >= a.cueEnd)?.lower === 'that' ||
  // (What someone is said to know, the writer holds true: "Trump knows there are people who…" is the writer's.)
  (!/\bknow|\bknew|\brealis|\brealiz/i.test(a.cueText) && clauseFollows(s.tokens, s.tokens.findIndex((t) => t.start >= a.cueEnd)));

/**
 * A clause without "that" right after the cue, its subject and a finite verb: "believe Trump should stand trial",
 * "fear the talks will fail" (not a stance's object: "wants Trump to resign", "backs the plan").
 */
const clauseFollows = (tokens: ParsedToken[], from: number) =>
  from >= 0 && ((tokens[from].pos === 'PRON' && isInflectedVerb(tokens[from + 1])) || nounClauseAt(tokens, from, tokens.length));

/** Verbs that make something out to be what follows "as": "condemned the move as illegal", "painted Trump as…". */
const AS_JUDGED = new Set([...DEPICTIONS, ...JUDGING_VERBS, 'describe', 'see', 'view', 'regard']);

/** Where a cue's "as" opens what its source makes the object out to be, within the clause: the index of "as", or -1. */
function depictedAs(tokens: ParsedToken[], a: Attribution): number {
  const verb = tokens.findIndex((t) => t.start >= a.cueStart && t.end <= a.cueEnd && AS_JUDGED.has(t.lemma));
  if (verb < 0) return -1;
  const as = tokens.findIndex((t, i) => i > verb && i <= verb + 10 && t.lower === 'as');
  return as > 0 && !tokens.slice(verb + 1, as).some((t) => t.text === ',' || t.pos === 'AUX') ? as : -1;
}

/** Verbs of charging and the word that opens the charge: "accused the government of chaos", "blamed ministers for…". */
const CHARGE_OPENER = wordTable({ accuse: 'of', charge: 'with', blame: 'for', criticise: 'for', criticize: 'for', condemn: 'for', slam: 'for', attack: 'for', praise: 'for', credit: 'with' });

/**
 * Where the part of a cue's clause that `opens` picks stands, from `from` to `reach` words after the cue's verb that
 * `isVerb` picks, with no comma or other verb between; -1 when there is none.
 */
function partOpening(tokens: ParsedToken[], a: Attribution, isVerb: (t: ParsedToken) => boolean, opens: (t: ParsedToken, verb: ParsedToken) => boolean, from: number, reach: number): number {
  const verb = tokens.findIndex((t) => t.start >= a.cueStart && t.end <= a.cueEnd && isVerb(t));
  if (verb < 0) return -1;
  const at = tokens.findIndex((t, i) => i >= verb + from && i <= verb + reach && opens(t, tokens[verb]));
  return at > 0 && !tokens.slice(verb + 1, at).some((t) => t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') ? at : -1;
}

/** Where a cue's charge opens: "of" in "accused the government of chaos". */
const chargeOpens = (tokens: ParsedToken[], a: Attribution) => partOpening(tokens, a, (t) => !!CHARGE_OPENER[t.lemma], (t, verb) => t.lower === CHARGE_OPENER[verb.lemma], 1, 8);

/** Verbs that call something a name: "called Oz a quack", "branded the plan a con". */
const CALLING = new Set(['call', 'brand', 'label', 'dub', 'term', 'deem']);

/**
 * Where the name a cue calls its object opens: "a" in "called Oz a quack", or in a passive's "has been called a
 * charlatan by fellow physicians" (the verb's lemma may be the tagger's adjective, "branded").
 */
const nameCalled = (tokens: ParsedToken[], a: Attribution) =>
  partOpening(tokens, a, (t) => CALLING.has(t.lemma) || baseForms(t.lower).some((l) => CALLING.has(l)), (t) => /^(?:a|an)$/.test(t.lower), 1, 5);

/** Where what a cue judges its object to be opens, with the object: "its figures" in "considers its figures broadly reliable"; -1 when it judges nothing so. */
function judgedWithoutAs(tokens: ParsedToken[], a: Attribution): number {
  const verb = tokens.findIndex((t) => t.start >= a.cueStart && t.end <= a.cueEnd && (t.lemma === 'consider' || t.lemma === 'deem'));
  return verb >= 0 && viewsAs(tokens, verb) ? verb + 1 : -1;
}

/** Adverbs by which the writer passes on what others report. */
const REPORTED = new Set(['reportedly', 'allegedly', 'purportedly']);

/** A subordinate clause opening the sentence ("Although Putin claimed…, he…"): what is said in it ends at its comma. */
const OPENS_SUBORDINATE = /^(?:if|unless|although|though|while|whereas|as|when|with|after|before|since|because)$/;

/**
 * Where what was said ends: a semicolon, a dash, ", but" / ", yet" starting the
 * writer's own clause, ", as" and a clause of its own setting the scene ("…cannot be stopped, as the military staged
 * a second day of drills"), the comma closing an opening subordinate clause, or the
 * comma after a thing said with no clause of its own ("They said the same thing
 * three years ago, and they were spectacularly wrong").
 */
/** ", as the Chinese military staged…": "as" after a comma opening a clause with a subject of its own (not "as well as", "as expected"). */
const isSceneSetting = (tokens: ParsedToken[], k: number) =>
  tokens[k].lower === 'as' && tokens[k - 1]?.text === ',' && ['DET', 'PROPN', 'NOUN', 'PRON'].includes(tokens[k + 1]?.pos ?? '') && tokens.slice(k + 2, k + 7).some((t) => t.pos === 'VERB' || t.pos === 'AUX');

function endOfReport(tokens: ParsedToken[], from: number): number {
  const firstComma = tokens.findIndex((t, k) => k > from && t.text === ',');
  const thingSaid = tokens[from]?.pos === 'DET' && firstComma > 0 && tokens.slice(from, firstComma).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.lower !== 'that');
  if (thingSaid && tokens[firstComma + 1]?.pos === 'CCONJ') return firstComma;
  const subordinate = OPENS_SUBORDINATE.test(tokens[0].lower);
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (/^[;—–]$/.test(t.text) || (subordinate && t.text === ',') || (/^(?:but|yet)$/.test(t.lower) && tokens[k - 1]?.text === ',') || isSceneSetting(tokens, k)) return k;
  }
  return tokens.length;
}

/**
 * What a credited source says in the sentence, quoted or not: what follows
 * "Officials said" to the end of its clause, and what precedes an inverted
 * "…, she said (on Tuesday)." The stretch from the source to its cue stays
 * the writer's ("the State Department arrogantly asserts"), and so do the
 * writer's own clauses around the report ("Rather than showing humility, …",
 * ", but …").
 */
export function reportedSpeech(s: ParsedSentence, attributions: Attribution[]): QuoteSpan[] {
  const reported: QuoteSpan[] = [];
  const { tokens } = s;
  const spanOf = (from: number, to: number) => ({ start: tokens[from].start, end: to < tokens.length ? tokens[to].start : s.end });
  // "China is reportedly prepared to recognize the legitimate rulers…": the clause is what others report.
  const hearsay = tokens.findIndex((t) => REPORTED.has(t.lower));
  if (hearsay >= 0) reported.push(spanOf(0, endOfReport(tokens, hearsay)));
  for (const a of attributions) {
    if (!creditsSomeoneElse(a) || a.cueStart < s.start || a.cueEnd > s.end) continue;
    // "Moscow condemned EU efforts as illegal": what the object is made out to be is the source's word.
    // ("The Conservatives accused the government of "chaos"": so is the charge; and the name called: "called Oz a quack".)
    for (const opens of [depictedAs(tokens, a), chargeOpens(tokens, a), nameCalled(tokens, a), judgedWithoutAs(tokens, a)]) if (opens > 0) reported.push(spanOf(opens, endOfReport(tokens, opens)));
    if (!reportsSpeech(s, a)) continue;
    const first = tokens.findIndex((t) => t.start >= Math.min(a.sourceStart, a.cueStart));
    const after = tokens.findIndex((t) => t.start >= Math.max(a.sourceEnd, a.cueEnd));
    if (first < 0 || after < 0) continue;
    const end = endOfReport(tokens, after);
    // "the reports policy wonks write difficult to read": nothing said follows ("say such heatwaves are…" says a clause).
    const predicative = tokens[after].pos === 'ADJ' && !['NOUN', 'ADJ'].includes(tokens[after + 1]?.pos ?? '');
    if (!predicative && after < end) reported.push(spanOf(after, end));
    const nextComma = tokens.findIndex((t, k) => k >= after && t.text === ',');
    const saysMore = tokens.slice(after, nextComma < 0 ? end : nextComma).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ':');
    if (first > 0 && /^[,"”’']$/.test(tokens[first - 1].text) && !saysMore) reported.push(spanOf(0, first - 1));
  }
  return reported;
}
