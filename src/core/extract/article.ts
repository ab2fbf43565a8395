import { sexOfGivenName } from '../attribution/given-names';
import { resolveKnownOutlet } from '../provenance/outlets';
import { inNameCase } from '../text/patterns';
import { splitSentences } from '../text/sentences';
import { BYLINE_LEAD, BYLINE_SEPARATOR, isNameAlone } from './boilerplate';
import { BYLINE_DATE, type DateReading } from './dates';

/** What the extractors read from one input, before analysis. */
export interface ExtractedArticle {
  title: string;
  /** The text analysis runs on; offsets everywhere are string indices into it. */
  text: string;
  /** The publishing outlet as the input names it, or null when it does not. */
  outlet: string | null;
  /** How the outlet was read: first-line, dateline, byline, self-reference, copyright, site-name, domain, record. */
  outletBasis: string | null;
  /** An outlet credited for the whole text by a leading "Outlet:" prefix. */
  credit: string | null;
  byline: string | null;
  url: string | null;
  date: DateReading;
  format: 'text' | 'markdown' | 'html' | 'json';
}

/** The first sentence of a text, cut to a headline's length: a title for inputs that have none. */
export function fallbackTitle(text: string): string {
  const first = text.trim().split(/\n/)[0] ?? '';
  // ("In a tradition he has kept for 40 years, Rep. Robert C. Scott threw…": past the abbreviations.)
  const sentence = splitSentences(first)[0]?.text ?? first;
  const title = sentence.length > 140 ? `${sentence.slice(0, 137).replace(/\s+\S*$/, '')}…` : sentence;
  return title.trim() || 'Untitled';
}

/** A line without the emphasis marks pasted Markdown leaves: "*By Jane Doe*" → "By Jane Doe". */
export const stripMarkup = (s: string): string => s.replace(/[*_`]+/g, '').trim();

/** A writer's trade as a post names it, in capitals or not: "Political Correspondent", "Health correspondent", "AP Business Writer". */
export const WRITERS_TRADE = '[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Aa]nalyst|[Cc]ritic';
/** The writer's post before the name: "Health Correspondent Priya Nair", "Political Editor Chris Mason", "political reporter Tom Lowrey". */
const POST_BEFORE_NAME = new RegExp(String.raw`^(?:\p{L}\p{Ll}+\s+){0,3}(?:${WRITERS_TRADE})\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})`, 'u');
/**
 * The writer's post after the name: "Jane Doe, Political Correspondent", "Priya Shah, Local Democracy Reporter",
 * "Phil McNulty, Chief football writer" (a wire's initials in it too: "Dee-Ann Durbin, AP Business Writer").
 */
const POST_AFTER_NAME = new RegExp(String.raw`,\s*(?:\p{Lu}[\p{L}]*\s+)?(?:\p{L}+\s+){0,2}(?:${WRITERS_TRADE})$`, 'u');
/** A writer's post alone on its line: "Health correspondent", "Political Editor", "Senior Reporter". */
export const POST_ALONE = new RegExp(String.raw`^(?:\p{Lu}?[\p{L}-]+\s+){0,3}(?:${WRITERS_TRADE})$`, 'u');

/** A person by a name whose given name is known. */
export const isWriterName = (name: string) => isNameAlone(name) && sexOfGivenName(name.trim().split(' ')[0]) !== 'unknown';

/**
 * The writer's name when a post runs on after it without a comma, as a page copied without its markup has them:
 * "Pippa Crerar Political editor", "Linda Geddes Science correspondent" (not a paper's "Yorkshire Evening Post reporter").
 */
export function nameBeforePost(line: string): string | null {
  const words = line.trim().split(/\s+/);
  const split = [2, 3].find((n) => words.length > n && isWriterName(words.slice(0, n).join(' ')) && POST_ALONE.test(words.slice(n).join(' ')));
  return split ? words.slice(0, split).join(' ') : null;
}

/** A byline as a reader names the writer: markup, "By" and a closing place dropped ("By Peter Beaumont in Jerusalem" → "Peter Beaumont"). */
export function cleanByline(raw: string): string | null {
  const signed = stripMarkup(raw.split(BYLINE_SEPARATOR)[0])
    .replace(/\s+/g, ' ')
    .replace(BYLINE_LEAD, '')
    .replace(BYLINE_DATE, '')
    .replace(POST_BEFORE_NAME, '')
    .replace(POST_AFTER_NAME, '');
  const byline = (nameBeforePost(signed) ?? signed)
    // Where the writer filed from: "in Kyiv", "at the Emirates Stadium".
    .replace(/\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u, '')
    .trim();
  // (An outlet's name as the byline stays as it is: "NBC NEWS".)
  // ("By Sarah Packer, Showbiz Editor For Mailonline": the post before the paper goes with it.)
  return byline ? (resolveKnownOutlet(byline) ? byline : asWritten(withoutOutlet(byline).replace(POST_AFTER_NAME, ''))) : null;
}

/** A newsroom's desks, which sign stories ("Political Staff") and follow an outlet's name ("BBC Weather"). */
export const DESKS = 'political|politics|business|city|financial|sports?|showbiz|entertainment|news|foreign|home|world|metro|science|health|tech(?:nology)?|education|crime|money|travel|weather|local|digital|web|online|features?|culture|arts|lifestyle|royal|consumer|property|motoring|investigations?|data';
/** A known outlet's desk or edition after its name: "BBC Weather", "Guardian Sport", "Politico Europe", "Guardian Australia"; its fact-checkers, "BBC Verify", "Reuters Fact Check". */
const SECTION = new RegExp(String.raw`\s+(?:${DESKS}|opinion|verify|fact[- ]?check|reality check|Europe|US|UK|Asia|Africa|Australia|America|International)$`, 'i');

/** The known outlet a name is, or whose desk, edition or fact-checkers it is ("BBC Weather", "Reuters Fact Check"). */
export const knownOutletOrDesk = (name: string) => resolveKnownOutlet(name) ?? (SECTION.test(name) ? resolveKnownOutlet(name.replace(SECTION, '')) : null);

/** The wire or paper closing a byline, and how many of its words name it: "Associated Press" in "MARI YAMAGUCHI Associated Press". */
function outletClosing(words: string[]): { name: string; length: number } | null {
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const known = knownOutletOrDesk(words.slice(-n).join(' '));
    if (known) return { name: known.name, length: n };
  }
  return null;
}

/** A byline without the wire or paper closing it: "MARI YAMAGUCHI Associated Press", "Jane Doe, Reuters", "JOHN SMITH FOR MAILONLINE". */
function withoutOutlet(byline: string): string {
  const words = byline.split(' ');
  const closing = outletClosing(words);
  // ("JOHN SMITH FOR MAILONLINE", "Jane Doe for the Guardian": the paper written for.)
  // ("Chantal Da Silva and Reuters": the wire that wrote with them.)
  return closing ? words.slice(0, -closing.length).join(' ').replace(/[,|–—-]\s*$|\s+(?:for(?:\s+the)?|and)$/i, '').trim() : byline;
}

/**
 * The outlet a byline line closes on: "By Jane Doe, Associated Press", "By Sarah Keith-Lucas, BBC Weather", "By Jane Doe
 * for the Guardian"; or is, a desk signing alone: "By Reuters Fact Check".
 */
export function bylineOutlet(line: string): string | null {
  const byline = stripMarkup(line.split(BYLINE_SEPARATOR)[0]).replace(/\s+/g, ' ').replace(BYLINE_LEAD, '');
  return knownOutletOrDesk(byline.trim())?.name ?? outletClosing(byline.split(' '))?.name ?? null;
}

/** Names a wire sets in capitals, as a reader writes them: "MARI YAMAGUCHI" → "Mari Yamaguchi", "JOHN O'NEILL and SARAH LEE" ("AND" too). */
const asWritten = (name: string): string => (/\p{Ll}/u.test(name.replace(/\band\b/g, '')) || !name.includes(' ') ? name : inNameCase(name).replace(/ And /g, ' and '));
