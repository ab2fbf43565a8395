import winkNLP from 'wink-nlp';
import type { Model } from 'wink-eng-lite-web-model';
import { isBookAbbreviation } from './scripture';
import { isTitle } from './sentences';

/** A token with its part of speech and lemma; `start`/`end` index the whole text. */
export interface ParsedToken {
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, AUX, PRON, DET, ADJ, ADV, ADP, PUNCT, NUM… */
  pos: string;
  start: number;
  end: number;
}

/** Whether the token at `h` is a hyphen joining the words either side of it ("so-called", "Western-backed"), not a dash. */
export const isJoiningHyphen = (tokens: { text: string; start: number; end: number }[], h: number): boolean =>
  tokens[h]?.text === '-' && tokens[h - 1]?.end === tokens[h].start && tokens[h + 1]?.start === tokens[h].end;

export interface ParsedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: ParsedToken[];
  /** Offset of the line the sentence sits on, and that line's text (to spot headings and chrome). */
  line: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;
// The model is required on first parse, not on import: its 200 ms load would otherwise fall on every command that
// imports a helper from here and never parses (`provenance reuse`).
function getNlp() {
  nlp ??= winkNLP(require('wink-eng-lite-web-model') as Model, ['sbd', 'pos']);
  return nlp;
}

const stopWords = new Map<string, boolean>();

/**
 * Whether wink-nlp's English model lists a lower-case word as a stop word: a
 * longer list than the `stopword` package's, with the words of degree,
 * frequency and negation ("own", "even", "often", "not", "else") that carry no
 * judgement of their own. Asked of the model once a word.
 */
export function isStopWord(lower: string): boolean {
  let stop = stopWords.get(lower);
  if (stop === undefined) {
    const { its } = getNlp();
    stop = getNlp().readDoc(lower).tokens().out(its.stopWordFlag)[0] === true;
    stopWords.set(lower, stop);
  }
  return stop;
}

/**
 * Sentences and tokens of a text with character offsets, parts of speech and
 * lemmas, through wink-nlp (which keeps "U.S.", "Dr." and "Jan. 5" whole).
 * Lines are split first: a headline or dateline has no full stop. Cost: about
 * 150k tokens a second; the model loads once (about 250 ms).
 */
export function parseText(text: string): ParsedSentence[] {
  const { its } = getNlp();
  const out: ParsedSentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const doc = getNlp().readDoc(line);
      let cursor = 0;
      let previous: ParsedToken[] | undefined;
      doc.sentences().each((s: { tokens(): { out(f: unknown): string[] } }) => {
        const words = s.tokens();
        const values = words.out(its.value);
        const pos = words.out(its.pos);
        const lemmas = words.out(its.lemma);
        const tokens: ParsedToken[] = [];
        values.forEach((value, k) => {
          const at = line.indexOf(value, cursor);
          // (A carriage return closing a line written on Windows, or a tab, is no word: the sentence ends before it.)
          if (at < 0 || pos[k] === 'SPACE') return;
          cursor = at + value.length;
          const last = tokens[tokens.length - 1];
          if (value === '+' && last?.pos === 'PROPN' && last.end === lineStart + at && !/[\p{L}\p{N}+]/u.test(line[cursor] ?? '')) {
            // "OPEC+", "Disney+", "Canal+": the plus is part of the name (wink splits it off as a symbol).
            attach(last, value, lineStart + cursor);
            return;
          }
          // "Consumer group Which? said", "Yahoo! reported": a name that holds its own mark, its verb after it.
          if ((value === '?' || value === '!') && last && last.end === lineStart + at && /^\p{Lu}/u.test(last.text) && NAME_MARK_VERB.test(values[k + 1] ?? '')) {
            attach(last, value, lineStart + cursor, 'PROPN');
            return;
          }
          // "I'm told…": wink keeps "I'm" whole, as a name; split as it splits "I've" and "we're".
          if (/^I['’]m$/.test(value)) {
            const from = lineStart + at;
            tokens.push({ text: 'I', lower: 'i', lemma: 'i', pos: 'PRON', start: from, end: from + 1 }, { text: value.slice(1), lower: value.slice(1), lemma: 'be', pos: 'AUX', start: from + 1, end: from + 3 });
            return;
          }
          // "Barclays' chief economist", "Texas' governor": read as "'s" is, a possessive.
          const possessive = !!last && isBarePossessive(line, at, value, last.end === lineStart + at ? last.text : '');
          // "The WHO said…", "US officials": capitals that spell a function word name a body; no rule reads them as "who" or "us".
          const acronym = !possessive && isFunctionWordAcronym(value, line);
          const lower = possessive ? `${value}s` : acronym ? value : value.toLowerCase();
          // "on either side of the chamber", "neither party": before a common noun, a determiner, not "either … or".
          const determiner = /^(?:either|neither)$/i.test(value) && pos[k + 1] === 'NOUN';
          const tag = possessive ? 'PART' : acronym ? 'PROPN' : determiner ? 'DET' : pos[k];
          tokens.push({ text: value, lower, lemma: possessive || acronym ? lower : (lemmas[k] ?? lower), pos: tag ?? 'X', start: lineStart + at, end: lineStart + cursor });
        });
        const extendLast = (more: ParsedToken[]) => {
          previous!.push(...more);
          const last = out[out.length - 1];
          last.end = more[more.length - 1].end;
          last.text = text.slice(last.start, last.end);
        };
        for (let piece of splitAtHiddenStops(tokens).flatMap(splitAfterReferences)) {
          // "…treat malaria.[1] It is…": wink opens the next sentence with the reference marks; they close the one before.
          const marks = previous ? pastReferences(piece, 0) : 0;
          if (marks > 0 && marks < piece.length) {
            extendLast(piece.slice(0, marks));
            piece = piece.slice(marks);
          }
          // ("Consumer group Which? said", cut after the mark: the mark is the name's, and the sentence goes on.)
          const named = previous?.[previous.length - 2];
          const mark = previous?.[previous.length - 1];
          if (named && mark && /^[!?]$/.test(mark.text) && named.end === mark.start && /^\p{Lu}/u.test(named.text) && NAME_MARK_VERB.test(piece[0].text)) {
            attach(named, mark.text, mark.end, 'PROPN');
            previous!.pop();
            extendLast(piece);
            continue;
          }
          if (previous && continuesSentence(previous, piece)) {
            extendLast(piece);
            continue;
          }
          previous = piece;
          const start = piece[0].start;
          const end = piece[piece.length - 1].end;
          out.push({ index: out.length, start, end, text: text.slice(start, end), tokens: piece, line });
        }
      });
    }
    lineStart += line.length + 1;
  }
  return capLength(out, text);
}

/** A mark the tokenizer split off a name put back on it: "OPEC+", "Which?". */
const attach = (token: ParsedToken, mark: string, end: number, pos = token.pos) =>
  Object.assign(token, { text: token.text + mark, lower: token.lower + mark, lemma: token.lemma + mark, pos, end });

/** The verbs after which a capitalised word's "?" or "!" is part of a name: "Which? said", "Yahoo! reported". */
const NAME_MARK_VERB = /^(?:said|says|told|warned|added|found|reported|called|has|had|is|was)$/;

/** "WHO", "US", "IT" in a line written in lower case too: an acronym, not the function word it spells. */
const isFunctionWordAcronym = (value: string, line: string) => FUNCTION_ACRONYMS.has(value) && /\p{Ll}/u.test(line);
/** Not "NO" or "WE", which a quote or a post sets in capitals for emphasis. */
const FUNCTION_ACRONYMS = new Set(['WHO', 'US', 'IT']);

/**
 * An apostrophe closing a word in s, a word after it: the possessive of a plural or a name ("Barclays' chief
 * economist"), unless it closes a quote: the last single-quote mark before it outside a word opens one.
 */
function isBarePossessive(line: string, at: number, value: string, attachedTo: string): boolean {
  if ((value !== "'" && value !== '’') || !/[sS]$/.test(attachedTo) || !/^ \p{L}/u.test(line.slice(at + 1, at + 3))) return false;
  for (let i = at - 1; i >= 0; i--) {
    if (line[i] === '‘') return false;
    if (line[i] !== "'" && line[i] !== '’') continue;
    const afterLetter = /\p{L}/u.test(line[i - 1] ?? '');
    if (afterLetter && /\p{L}/u.test(line[i + 1] ?? '')) continue;
    return afterLetter;
  }
  return true;
}

/** Units after a figure that wink reads as abbreviations with their stop: "£80m.", "$4bn.", "5kg."; a time of day, "6pm.". */
const UNIT_WITH_STOP = /^(?:m|bn|b|k|mn|tn|km|kg)\.$/;
const TIME_WITH_STOP = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)\.$/;
/** What may follow a time's "p.m." in the same sentence: a day, a month, a time zone ("4 p.m. Monday", "4 p.m. EST", "9 p.m. E.T."). */
const AFTER_CLOCK = /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|[A-Z]{1,3}T|UTC|Eastern|Pacific|Central|Mountain|local)\.?$|^(?:[A-Z]\.){1,3}$/;

/**
 * "…wrote on X. He urged…", "…needs vitamin D. It…": a lone capital after a word in lower case, and a word that opens a
 * sentence rather than a name after it, is the letter closing the sentence, not an initial ("by J. K. Rowling").
 */
const isLetterClosing = (tokens: ParsedToken[], k: number) =>
  /^\p{Lu}\.$/u.test(tokens[k].text) && /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '') && /^(?:PRON|DET|ADV|SCONJ|CCONJ|ADP|PUNCT)$/.test(tokens[k + 1]?.pos ?? '');

/**
 * wink-nlp reads "no." as the abbreviation of "No. 1" wherever it stands, so
 * "…he voted no. Trump said…" is one sentence to it; so is "…at least £80m.
 * Reports say…", and "in." is inches to it. Before a capitalised word, not a number, or at the end of
 * the line, the stop ends the answer "no" (or the figure's unit, the time, the particle) and the
 * sentence; the token is cut into the word and its stop.
 */
function splitAtHiddenStops(tokens: ParsedToken[]): ParsedToken[][] {
  const pieces: ParsedToken[][] = [];
  let from = 0;
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    // (Or a quote opening on a capital: "…suspended from 6pm. "Safety has to come first," …".)
    const opensNext = (x: ParsedToken | undefined) => !!x && /^\p{Lu}/u.test(x.text);
    const endsAnswer = next ? opensNext(next) || (/^["“]$/.test(next.text) && opensNext(tokens[k + 2])) : k > 0;
    // ("…arrived at 4 p.m. Officials said…": a clock's "p.m." before a capital that is no day, month or zone.)
    const clock = /^[ap]\.m\.$/.test(t.lower) && tokens[k - 1]?.pos === 'NUM' && !!next && !AFTER_CLOCK.test(next.text);
    const unit = (UNIT_WITH_STOP.test(t.lower) && tokens[k - 1]?.pos === 'NUM') || TIME_WITH_STOP.test(t.lower) || clock;
    // ("…who could call them in." is the particle, not inches, which a number comes before.)
    const particle = t.lower === 'in.' && tokens[k - 1]?.pos !== 'NUM';
    const letter = isLetterClosing(tokens, k);
    if ((t.lower !== 'no.' && !unit && !particle && !letter) || !endsAnswer) return;
    const bare = t.lower.slice(0, -1);
    const word = { ...t, text: t.text.slice(0, -1), lower: bare, lemma: bare, pos: unit || letter ? t.pos : particle ? 'ADP' : 'INTJ', end: t.end - 1 };
    const stop = { text: '.', lower: '.', lemma: '.', pos: 'PUNCT', start: t.end - 1, end: t.end };
    pieces.push([...tokens.slice(from, k), word, stop]);
    from = k + 1;
  });
  if (from < tokens.length) pieces.push(tokens.slice(from));
  return pieces;
}

/** A reference mark as an encyclopedia prints it after a sentence: "[1]", "[12]", "[citation needed]", "[a]". */
export const REFERENCE_MARK = /^\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|who\?|when\?|by whom\?|dubious[^\]]*)\]$/;

/** Where the reference marks opening at `k` end ("[3][4]"): the index after them, or `k` when none opens there. */
export function pastReferences(tokens: ParsedToken[], k: number): number {
  let i = k;
  for (;;) {
    if (tokens[i]?.text !== '[') return i;
    const close = tokens.findIndex((t, j) => j > i && j <= i + 4 && t.text === ']');
    if (close < 0 || !REFERENCE_MARK.test(tokens.slice(i, close + 1).map((t) => t.text).join(' ').replace(/\[ | \]/g, (m) => m.trim()))) return i;
    i = close + 1;
  }
}

/**
 * wink-nlp reads "…treat malaria.[1] It is also used…" as one sentence: after a stop, the
 * reference marks close the sentence when a capital opens the next.
 */
function splitAfterReferences(tokens: ParsedToken[]): ParsedToken[][] {
  if (!tokens.some((t) => t.text === '[')) return [tokens];
  const pieces: ParsedToken[][] = [];
  let from = 0;
  tokens.forEach((t, k) => {
    if (!/^[.!?]$/.test(t.text) || tokens[k + 1]?.text !== '[') return;
    const end = pastReferences(tokens, k + 1);
    if (end > k + 1 && end < tokens.length && /^\p{Lu}/u.test(tokens[end].text)) {
      pieces.push(tokens.slice(from, end));
      from = end;
    }
  });
  if (from < tokens.length) pieces.push(tokens.slice(from));
  return pieces;
}

/**
 * Most tokens analysed as one sentence. Real sentences rarely pass 100; a
 * paste without punctuation (a transcript, a list run together) can be one
 * "sentence" of thousands, and the attribution rules, which look across a
 * sentence from each cue, would then take minutes.
 */
export const MAX_SENTENCE_TOKENS = 250;

/** Cuts sentences longer than MAX_SENTENCE_TOKENS into pieces of at most that many tokens; offsets stay those of the text. */
function capLength(sentences: ParsedSentence[], text: string): ParsedSentence[] {
  if (sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS)) return sentences;
  const out: ParsedSentence[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i += MAX_SENTENCE_TOKENS) {
      const tokens = s.tokens.slice(i, i + MAX_SENTENCE_TOKENS);
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      out.push({ ...s, index: out.length, start, end, text: text.slice(start, end), tokens });
    }
  }
  return out;
}

/**
 * wink-nlp ends a sentence after "(D-N.J." or before a lone closing quote
 * (''…'' quoting); the piece that follows then carries the verb ("C.) said.")
 * or nothing at all. Such a piece belongs to the sentence before it: it opens
 * with a closing bracket, or in lower case after an abbreviation, has no
 * letter or digit, or follows a bracket left open.
 */
function continuesSentence(previous: ParsedToken[], next: ParsedToken[]): boolean {
  const first = next[0].text;
  // A closing bracket or a comma can't open a sentence: "(D-Ore.)", ", Sherrod Brown (D-Ohio) and…".
  if (/^[)\],;]/u.test(first)) return true;
  // No space between them: "at 3.20pm", "a 4.5bn deal" were cut at the stop.
  if (next[0].start === previous[previous.length - 1].end) return true;
  const last = previous[previous.length - 1].text;
  const before = previous[previous.length - 2];
  // A list's number opening the line is no sentence of its own: "1. The Fed stands pat".
  if (previous.length === 2 && last === '.' && /^\d{1,2}$/.test(before.text) && before.end === previous[1].start) return true;
  if (last === '.' && before?.end === previous[previous.length - 1].start && isTitle(before.text)) return true;
  // A book of the Bible shortened, then its chapter and verse: "Jesus warned in Matt. 24:6-7 that…".
  if (last === '.' && before && isBookAbbreviation(before.text) && (/^\d{1,3}:\d/.test(first) || (/^\d{1,3}$/.test(first) && next[1]?.text === ':'))) return true;
  // "Smith et al. (2020) found…": the abbreviation of a work's other authors, then its year.
  if (last === '.' && before?.lower === 'al' && previous[previous.length - 3]?.lower === 'et' && first === '(') return true;
  // Lower case after a stop that ends no word ("(D-Calif." "said Friday."), not after "…in 2014." ("read more").
  if (/^\p{Ll}/u.test(first) && !(/^[.!?]$/.test(last) && previous.length > 1)) return true;
  if (!next.some((t) => /[\p{L}\p{N}]/u.test(t.text))) return true;
  // A chant or cry inside an open quote: 'chanting “U-S-A! U-S-A!”' is one sentence.
  if (/^[!?]$/.test(last) && opensQuote(previous) && next.length <= 6 && next.some((t) => t.text === '”')) return true;
  let open = 0;
  for (const t of previous) open += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
  return open > 0;
}

/** Whether a curly quote opens in the tokens and is not closed there. */
function opensQuote(tokens: ParsedToken[]): boolean {
  let open = 0;
  for (const t of tokens) open += t.text === '“' ? 1 : t.text === '”' ? -1 : 0;
  return open > 0;
}
