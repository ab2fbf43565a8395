import { MONTH_NAMES } from '../attribution/words';

// One module each rather than the package index, which loads all of date-fns (about 50 ms), and only
// when a date is not the ISO form read by hand (parse and its locale take about 20 ms to load).
// formatISO, not format: format loads every token formatter and the en-US locale (about 40 ms at each start).
const dateFns = () => ({
  formatISO: (require('date-fns/formatISO') as typeof import('date-fns/formatISO')).formatISO,
  isValid: (require('date-fns/isValid') as typeof import('date-fns/isValid')).isValid,
  parse: (require('date-fns/parse') as typeof import('date-fns/parse')).parse,
});

/** 'editor': set by an editor's correction, not read from the page. */
export type DateConfidence = 'stated' | 'invalid' | 'unknown' | 'editor' | 'url';

export interface DateReading {
  /** ISO calendar date (YYYY-MM-DD), only when the text states a real date. */
  date: string | null;
  /** The date as written, kept even when it is impossible. */
  raw: string | null;
  confidence: DateConfidence;
  issues: string[];
}

/**
 * The formats read, by the shape of the text: a date is only tried against
 * the formats that could fit it, since every failed parse costs several
 * microseconds and a corpus has dates in every article.
 */
const FORMATS_BY_SHAPE: [RegExp, string[]][] = [
  [/^\d{4}-\d{2}-\d{2}T/, ["yyyy-MM-dd'T'HH:mm:ss.SSSX", "yyyy-MM-dd'T'HH:mm:ssX", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mmX"]],
  [/^\d{4}\/\d{1,2}\/\d{1,2}$/, ['yyyy/MM/dd']],
  [/^\d/, ['d MMMM yyyy', 'd MMM yyyy', 'd MMMM, yyyy', 'd MMM, yyyy']],
  [/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,/i, ['EEEE, MMMM d, yyyy', 'EEE, d MMM yyyy HH:mm:ss X', 'EEE, dd MMM yyyy HH:mm:ss X']],
  [/^\p{L}/u, ['MMMM d, yyyy', 'MMM d, yyyy', 'MMM. d, yyyy', 'MMMM d yyyy']],
];
const formatsFor = (text: string) => FORMATS_BY_SHAPE.find(([shape]) => shape.test(text))?.[1] ?? [];

/** A reference date for date-fns' parse; any fixed date works since every format is complete. */
const REFERENCE = new Date(2000, 0, 1);

export const UNKNOWN_DATE: DateReading = { date: null, raw: null, confidence: 'unknown', issues: [] };

/**
 * Reads a publication date. An impossible date ("August 39, 2017") is kept as
 * raw text with an issue, never turned into a wrong date; a missing one is unknown.
 */
export function readDate(raw: string | null | undefined): DateReading {
  const written = raw?.trim().replace(/\s+/g, ' ');
  if (!written) return UNKNOWN_DATE;
  // "3rd of December 2026", "December 3rd, 2026": the day's ordinal and "of" are no part of the formats.
  const plain = written.replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/, '$1').replace(/^(\d{1,2}) of /i, '$1 ');
  const reading = readPlainDate(plain);
  return plain === written ? reading : { ...reading, raw: written, issues: reading.issues.map((i) => i.replace(plain, written)) };
}

function readPlainDate(text: string): DateReading {
  const numeric = readNumericDate(text) ?? readIsoDate(text);
  if (numeric) return numeric;
  const { formatISO, isValid, parse } = dateFns();
  // AP style writes "Sept." where date-fns knows only "Sep".
  const parsable = text.replace(/\bSept\b/i, 'Sep');
  for (const f of formatsFor(parsable)) {
    const d = parse(parsable, f, REFERENCE);
    if (isValid(d)) {
      // A timestamp with an offset is dated in its own zone, as the outlet wrote it.
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? formatISO(d, { representation: 'date' });
      return { date: iso, raw: text, confidence: 'stated', issues: [] };
    }
  }
  const native = /^\d{4}-\d{2}-\d{2}T/.test(text) ? new Date(text) : null;
  if (native && isValid(native)) return { date: text.slice(0, 10), raw: text, confidence: 'stated', issues: [] };
  const reason = looksLikeDate(text) ? `impossible date "${text}"` : `unreadable date "${text}"`;
  return { date: null, raw: text, confidence: 'invalid', issues: [reason] };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2021-08-13" (or "2021-8-3"), the commonest header, checked by hand: date-fns' parse costs microseconds a file over a corpus. */
function readIsoDate(text: string): DateReading | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return null;
  return calendarDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, text, isRealDate(Number(m[1]), Number(m[2]), Number(m[3])));
}

/** The reading of a date written `raw` that is `iso` when it is real, else an impossible one kept as written. */
const calendarDate = (iso: string, raw: string, real: boolean): DateReading =>
  real ? { date: iso, raw, confidence: 'stated', issues: [] } : { date: null, raw, confidence: 'invalid', issues: [`impossible date "${raw}"`] };

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}

/**
 * Day and month written as numbers ("03/04/2021"): read only when one of them
 * is over 12, so the order is certain; otherwise it is ambiguous and flagged,
 * never guessed (3 April in London is 4 March in New York).
 */
function readNumericDate(text: string): DateReading | null {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (a <= 12 && b <= 12 && a !== b) {
    return { date: null, raw: text, confidence: 'invalid', issues: [`ambiguous date "${text}": day and month could be either way round`] };
  }
  const [day, month] = a > 12 ? [a, b] : [b, a];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return calendarDate(iso, text, isRealDate(year, month, day));
}

/** The months by their full names and their short forms ("Sept", "Dec"). */
export const MONTHS = `${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
/** A day of the month, with its ordinal if written: "3", "3rd". */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/**
 * The date itself in a header or on a line of its own: "2021-08-13" (with its time: "2026-12-03T14:02:00Z"),
 * "August 13, 2021", "Dec. 3rd, 2026", "18 September 2024", "3rd of December 2026", "03/12/2026".
 */
const STATED_DATE = String.raw`(\d{4}-\d{1,2}-\d{1,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(?:${MONTHS})\.? ${DAY},? \d{4}|${DAY} (?:of )?(?:${MONTHS})\.?,? \d{4}|\d{1,2}/\d{1,2}/\d{4})`;
/** A weekday before the date: "Tuesday, March 4", "Tue 3 Dec". */
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?,?\s+)?`;
/** A time of day with its zone: "14:02 BST", "at 10:15 a.m. EST", "14.02 GMT", "7:48 AM GMT+1". */
const TIME = String.raw`(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?`;
/** A time after the date: ", 14:02 BST", " at 10:15 a.m. EST"; or a blog's reading time: " · 5 min read". */
const TIME_AFTER = String.raw`(?:,?\s+(?:[-–]\s+)?${TIME})?(?:\s+[·•|]\s+\d{1,3}\s*min(?:ute)?s?\s+read)?`;

/** A day of a month, with its year if given, anywhere in a text: "14 January", "January 14, 2027", "3rd of March", "8, 9 and 10 May". */
export const DAY_OF_MONTH = new RegExp(String.raw`\b(?:${DAY}(?:(?:, | and | & |-|–)${DAY})* (?:of )?(?:${MONTHS})\b\.?(?:,? \d{4}\b)?|(?:${MONTHS})\.? ${DAY}\b(?:,? \d{4}\b)?)`, 'g');

/**
 * A `date 2021-08-13` or `Published: August 13, 2021` header as pasted at the
 * top of an article, also with the time first and the day first, as British
 * sites print it (`Published: 14:02 BST, 18 September 2024`), or as the Guardian
 * does (`First published on Tue 3 Dec 2026 14.02 GMT`), or a broadcast's transcript (`Aired March 8, 2026 - 09:00 ET`),
 * or a university's release (`Press release issued: 10 June 2026`).
 */
export const DATE_HEADER = new RegExp(
  String.raw`^\s*(?:date|dated|(?:first |last )?(?:published|posted|updated|modified|aired|broadcast)|(?:(?:press|news|media) release )?issued)(?:\s+on)?\s*:?\s+(?:${TIME},?\s+(?:on\s+)?)?${WEEKDAY}${STATED_DATE}\b${TIME_AFTER}`,
  'i',
);

/**
 * A date alone on its line, as pages print it under the byline: "March 4,
 * 2024", "5 March 2024", "Tuesday, March 4, 2024 at 10:15 a.m. EST", "December 3rd, 2026 at 2:02 PM"; the time
 * before it, as Reach's papers print it: "12:47, 9 NOV 2026".
 */
export const DATE_LINE = new RegExp(String.raw`^\s*(?:${TIME},?\s+)?${WEEKDAY}${STATED_DATE}${TIME_AFTER}\s*$`, 'i');

/** A date closing a byline: "Posted by Mark Sinclair on March 2, 2025". */
export const BYLINE_DATE = new RegExp(String.raw`\s+on\s+${WEEKDAY}${STATED_DATE}${TIME_AFTER}\s*$`, 'i');

/**
 * A name and a date on a line of their own, as a clipping prints them under the headline or the byline:
 * "Northwick Echo, 4 March 2026", "Press release, 3 March 2026". The name is the first group, the date the second.
 */
export const NAMED_DATE_LINE = new RegExp(String.raw`^\s*([A-Z][^,|\d]{1,60}?),\s+${WEEKDAY}${STATED_DATE}${TIME_AFTER}\s*$`, 'i');

/** Month-name dates anywhere in a text: "August 39, 2017", "Feb. 9, 2021". */
export const DATE_IN_TEXT = new RegExp(`\\b(?:${MONTHS})\\.? \\d{1,2}, \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'g');

function looksLikeDate(text: string): boolean {
  return new RegExp(`^(?:${MONTHS})\\.? \\d{1,2},? \\d{4}$|^\\d{1,2} (?:${MONTHS})\\.?,? \\d{4}$|^\\d{4}-\\d{1,2}-\\d{1,2}$`, 'i').test(text);
}

/** Months by their first three letters, as addresses write them: "jan" … "dec". */
const MONTH_SHORT = MONTH_NAMES.toLowerCase().split('|').map((m) => m.slice(0, 3));
/** A date in a page's address, as news sites file stories: "/2023/jul/03/", "/2024/04/12/". */
const URL_DATE = new RegExp(String.raw`/((?:19|20)\d{2})/(\d{1,2}|${MONTH_SHORT.join('|')})/(\d{1,2})(?:/|$)`, 'i');

/**
 * The date a page's address files it under ("https://www.theguardian.com/politics/2023/jul/03/…"), for a page that
 * states none; unknown when the address holds no real date.
 */
export function dateFromUrl(url: string | null): DateReading {
  const m = url ? URL_DATE.exec(url) : null;
  if (!m) return UNKNOWN_DATE;
  const month = /^\d/.test(m[2]) ? Number(m[2]) : MONTH_SHORT.indexOf(m[2].toLowerCase()) + 1;
  const iso = `${m[1]}-${String(month).padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const real = readDate(iso);
  return real.date ? { ...real, raw: `${m[1]}/${m[2]}/${m[3]}`, confidence: 'url' } : UNKNOWN_DATE;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A weekday written before a date it does not fall on ("Monday, April 12, 2024": a Friday), as an issue: one of the two
 * is wrong, and the reader should know the date may be; null when they agree or no weekday is written.
 */
export function weekdayIssue(text: string, date: DateReading): string | null {
  const at = date.date && date.raw ? text.indexOf(date.raw) : -1;
  const written = at < 0 ? null : /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+$/i.exec(text.slice(Math.max(0, at - 14), at));
  if (!written) return null;
  const named = WEEKDAYS.findIndex((d) => d.toLowerCase().startsWith(written[1].toLowerCase()));
  const actual = new Date(`${date.date}T00:00:00Z`).getUTCDay();
  return named === actual ? null : `the weekday "${written[0].trim().replace(/,$/, '')}" does not match ${date.raw}, a ${WEEKDAYS[actual]}`;
}

/** Impossible dates written anywhere in a text, as issues ("impossible date \"August 39, 2017\""). */
export function findImpossibleDates(text: string): string[] {
  const issues: string[] = [];
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const reading = readDate(m[0]);
    if (reading.confidence === 'invalid') issues.push(`${reading.issues[0]} in the text`);
  }
  return [...new Set(issues)];
}
