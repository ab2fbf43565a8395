/** A quotation in a text: offsets of the quoted words, without the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

const MIN_QUOTE_WORDS = 3;

/** Whether the span [start, end) (by default the one character at `start`) lies inside one of the quotes. */
export function isQuoted(quotes: QuoteSpan[], start: number, end = start + 1): boolean {
  return quotes.some((q) => q.start <= start && q.end >= end);
}

/** A quote that opens a sentence (at a line start or after a sentence's end) and ends one, or hands it to a speech tag: '…,” the president added. “We're America.”'. */
function isWholeSentence(text: string, openAt: number, quoted: string): boolean {
  // ('"Everybody's hurting," he said.': a comma inside the closing mark hands the sentence to its speech tag.)
  // ('Mr Jenkins replied: "For what?"': a sentence after a colon, closed by its own stop, is one too.)
  // ('"This is," she said, "a disgrace."': the rest of a quote split by its speech tag, closed by its own stop.)
  const before = text.slice(Math.max(0, openAt - 80), openAt);
  return (/[.!?,]$/.test(quoted) && /(?:^|\n|[.!?]["”'’]*\s+)$/.test(before.slice(-8))) || (/[.!?]$/.test(quoted) && (/:\s+$/.test(before.slice(-3)) || SPLIT_BY_TAG.test(before)));
}
/** A quote's first part and its speech tag, before the rest of the quote: '"This is," she said, '. */
const SPLIT_BY_TAG = /,["”’']\s+[^"“”‘'.!?\n]{1,60},\s*$/;

/** The words a title leaves in lower case: "The Art of the Deal", "Fox and Friends". */
const TITLE_SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|to|for|at|by|with|from|as|vs\.?)$/i;
/** Words written as a title: each in capitals but the small ones after the first ("A Different Kind of Power"). */
export const isTitleWords = (words: string[]): boolean =>
  words.length > 0 && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w)));

/** A work's title quoted mid-sentence, every word in capitals but the small ones: 'made famous by "The Big Short,"'. */
function isQuotedTitle(text: string, openAt: number, quoted: string): boolean {
  const words = quoted.replace(/[,.]$/, '').trim().split(/\s+/);
  // (Not words in capitals throughout, shouted: "TERMINATE THE FILIBUSTER".)
  const shouted = !/\p{Ll}/u.test(quoted);
  return !shouted && /\p{L}$/u.test(text.slice(0, openAt).trimEnd()) && words.length <= 8 && isTitleWords(words);
}

/**
 * Direct quotations: “…” (or “…"), "…", '…', ''…'', «…» and ‘…’ (a single opening mark at a word start,
 * closed by ’ not followed by a letter, so apostrophes in "isn’t" are not
 * mistaken for one). Quotes of fewer than three words are scare quotes, not
 * speech, unless they make a sentence of their own: ''We're America.''
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const patterns = [
    // Across a line break only when the next line opens no quote of its own: news style leaves a quote open
    // at a paragraph's end when the next paragraph carries it on with a fresh “.
    /“((?:[^”\n]|\n(?!\s*“))+)”/g,
    // “…" with a straight closing mark, as pasted text often has it.
    /“([^”"\n]+)"(?!\w)/g,
    // A straight quote stays in its paragraph, unless the next one opens in lower case: a paragraph
    // broken mid-sentence, as scraped pages have it ('…policies,\n\nand resolutely combating…"').
    /(?<![\w])"((?:[^"\n]|\n+(?=\p{Ll}))+)"/gu,
    /(?<![\p{L}\p{N}])‘((?:[^’]|’(?=\p{L}))+)’(?!\p{L})/gu,
    // A sentence quoted in straight single marks after a colon or opening the line, closed after its stop, a plural's
    // possessive inside it: "told MailOnline: 'It's a waste of taxpayers' money. It's ludicrous.'".
    /(?<=(?:^|:)[^\S\n]*)'(?=\p{Lu})((?:[^'\n]|'(?=[\p{L}\s]))+?[.!?,])'(?![\p{L}\p{N}'])/gmu,
    // '…' with straight marks, as British papers print quotes: opened at a word start, closed by a mark no
    // letter follows, so "don't" and "'90s" are no marks.
    /(?<![\p{L}\p{N}'])'(?=[^\s'\d])((?:[^'\n]|'(?=\p{L}))+?)'(?![\p{L}\p{N}'])/gu,
    // ''…'', as some archives render quotation marks; apostrophes inside ("It's") stay in the quote.
    /(?<!['\w])''(?!')([^\n]+?)''(?!')/g,
    // « … », as French and other European papers print quotes (the space inside the marks is not quoted).
    /«[\s\u00a0\u202f]*([^«»\n]+?)[\s\u00a0\u202f]*»/g,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      if ((m[1].trim().split(/\s+/).length < MIN_QUOTE_WORDS || isQuotedTitle(text, m.index, m[1])) && !isWholeSentence(text, m.index, m[1])) continue;
      // Past the opening mark, one character or two ('').
      const start = m.index + m[0].indexOf(m[1]);
      // (A quote inside one found already is part of it.)
      if (spans.some((q) => q.start <= start && start + m[1].length <= q.end)) continue;
      spans.push({ start, end: start + m[1].length });
    }
  }
  // A paragraph that opens a quote and does not close it: the quote runs on to the next paragraph, as news style has it.
  const paragraphs = text.split('\n');
  let offset = 0;
  for (const [i, paragraph] of paragraphs.entries()) {
    // A paragraph opening with ” is a quote too: a mis-encoded opening mark, common in pasted vox pops.
    const open = /^\s*(?:[“"”]|'')/.exec(paragraph);
    if (open && !spans.some((q) => q.start > offset && q.start <= offset + open[0].length + 1) && paragraph.trim().split(/\s+/).length >= MIN_QUOTE_WORDS) {
      // It ends at a closing mark of its own kind, when one follows ('” … might have admired,” Barabak wrote.').
      const mark = open[0].trim();
      const close = paragraph.lastIndexOf(mark === '“' ? '”' : mark);
      spans.push({ start: offset + open[0].length, end: offset + (close >= open[0].length ? close : paragraph.length) });
    } else {
      // One opened inside the paragraph and left open when the next paragraph opens a quote: '… earth. "My father…worse.⏎⏎"If it…'.
      const opener = unclosedOpener(paragraph);
      if (opener >= 0 && opensQuote(paragraphs, i + 1) && !isQuoted(spans, offset + opener + 1)) spans.push({ start: offset + opener + 1, end: offset + paragraph.length });
    }
    offset += paragraph.length + 1;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether the first paragraph from `from` with words in it opens with a quotation mark. */
function opensQuote(paragraphs: string[], from: number): boolean {
  let i = from;
  while (i < paragraphs.length && !paragraphs[i].trim()) i++;
  return i < paragraphs.length && /^\s*[“"]/.test(paragraphs[i]);
}

/** Where a paragraph's last quotation mark opens a quote it never closes (“ after the last ”, or an odd straight "), else -1. */
function unclosedOpener(paragraph: string): number {
  const curly = paragraph.lastIndexOf('“');
  if (curly > paragraph.lastIndexOf('”')) return curly;
  const straight = [...paragraph.matchAll(/"/g)];
  const last = straight.at(-1);
  return straight.length % 2 === 1 && last && /(?:^|\s)$/.test(paragraph.slice(0, last.index)) ? last.index : -1;
}
