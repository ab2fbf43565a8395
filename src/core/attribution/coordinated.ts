import type { Attribution, SourceType } from './types';
import { classifySource, isOneBodyName, readingFields } from './source-type';
import { isKnownOrganisation } from './organisation-names';
import { personNoun } from './person-nouns';
import { resolveKnownOutlet } from '../provenance/outlets';

// Two sources joined by "and" (or "neither … nor") that share one cue: each its own attribution.

/** A firm by its name's form: "Johnson & Johnson", "Acme Inc", "Barclays plc". */
const FIRM = /&|\b(?:Inc|Corp|Corporation|Ltd|plc|PLC|LLC|Co|Group|Holdings|Pharmaceuticals|Motors|Airlines)\b/;

/**
 * Who may be one of two sources joined by "and": an outlet, or a body or person by a name in capitals ("Regulators"
 * opening a sentence names no one, nor do "environmental groups"; "Toby Stephens" is a name, whatever its last word).
 */
const isNamedSource = (r: { type: SourceType; name?: string }) =>
  r.type === 'outlet' || ((r.type === 'person' || r.type === 'organisation') && /^\p{Lu}/u.test(r.name ?? '') && (r.name!.includes(' ') || personNoun(r.name!.toLowerCase()) !== 'plural'));

/** The remits a minister's title joins with "and": "Work and Pensions", "Culture, Media and Sport", "Health and Social Care". */
const PORTFOLIO = String.raw`(?:Work|Pensions|Health|Social Care|Culture|Media|Sport|Business|Trade|Energy|Climate|Net Zero|Education|Housing|Communities|Local Government|Environment|Food|Rural Affairs|Science|Technology|Innovation|Defence|Defense|Justice|Transport|Home|Foreign|Commonwealth|Development|Digital|Industry|Security|Commerce|Agriculture|Labor|Labour|Veterans Affairs|Homeland Security|Human Services|Interior|Treasury|Finance|Economy|Infrastructure|Employment|Skills|Equalities)`;
const PORTFOLIO_TAIL = new RegExp(String.raw`(?:^|\s)${PORTFOLIO}$`);
const PORTFOLIO_POST = new RegExp(String.raw`^${PORTFOLIO}(?:\s+${PORTFOLIO})*\s+(?:Secretary|Minister|Commissioner|Committee|Select Committee|spokesman|spokeswoman|spokesperson)\b`);

/** "Work and Pensions Secretary Liz Kendall": the "and" joins the remits of one minister's title, no two sources. */
const isPortfolioPost = (before: string, after: string) => PORTFOLIO_TAIL.test(before) && PORTFOLIO_POST.test(after);

/** A name "and" stands inside of: "the Department of Health and Human Services", "Food and Drug Administration". */
const isOneName = (text: string) => isOneBodyName(text) || !!resolveKnownOutlet(text);

/** A phrase holding a preposition or an "and", which may join another's objects unless the phrase names one body. */
const isJoined = (text: string) => /\s(?:at|of|for|from|with|in|by|on|to|about|and)\s/.test(text) && !isOneName(text);

/** A name in capitals, "of" or "for" inside it: "the British Chambers of Commerce". */
const TITLED_NAME = /^(?:the\s+)?\p{Lu}\S*(?:\s+(?:of|for|\p{Lu}\S*))*$/u;

/** The sources a span joins: at the "and" (or "nor") whose sides are each whole, or a list's commas too; or null. */
function joinedParts(text: string): string[] | null {
  // ("Neither Meta nor X responded": each one of the two.)
  const neither = /^[Nn]either\s+(.+?)\s+nor\s+(.+)$/.exec(text);
  if (neither) return [neither[1], neither[2]];
  // ("Germany, France and Italy", "The CBI, the British Chambers of Commerce and the Federation of Small Businesses";
  // not the places one body serves, "Barking, Havering and Redbridge University Hospitals NHS Trust".)
  const list = isOneName(text.replace(/,/g, '')) ? null : /^(.+?),\s+(.+?),?\s+and\s+(.+)$/.exec(text);
  const items = list ? [list[1], ...list[2].split(/,\s+/), list[3]] : [];
  if (items.length > 2 && !items.some((item) => isJoined(item) && !TITLED_NAME.test(item))) return items;
  // ("the Food and Drug Administration and the CDC": at the "and" past the name that holds one.)
  for (const and of text.matchAll(/\s+and\s+/g)) {
    const [left, right] = [text.slice(0, and.index), text.slice(and.index + and[0].length)];
    // (Not "The Tax Policy Center at the Urban Institute and Brookings": the "and" may join the preposition's objects.)
    const wholeLeft = !/,/.test(left) && (!/\s(?:at|of|for|from|with|in|by|on|to|about|and)\s/.test(left) || isOneName(left));
    const wholeRight = !/,/.test(right) && (!/\sand\s/.test(right) || isOneName(right));
    if (wholeLeft && wholeRight) return [left, right];
  }
  return null;
}

/** Unnamed people in the plural, or a weasel: "independent experts", "his aides" (not "his wife", one of a couple). */
const isUnnamedPeople = (text: string, r: { type: SourceType }) => {
  const head = text.split(/\s+/).pop()!.toLowerCase();
  return (r.type === 'anonymous' || r.type === 'weasel') && (/[^s]s$/.test(head) || personNoun(head) === 'plural');
};
/**
 * A named source and people unnamed, each a phrase of its own ("the CDC and independent experts", "Trump and his
 * aides", "Clinton and other Democrats"), not one word qualifying the other's people ("U.S. and foreign intelligence
 * sources", "Federal and state officials", "U.S. military and intelligence officials").
 */
const isNamedAndUnnamed = ([x, y]: { text: string; reading: { type: SourceType; name?: string } }[]) => {
  const [named, unnamed] = isNamedSource(x.reading) ? [x, y] : [y, x];
  const ownPhrases = /^(?:the|his|her|its|their|other|our|my)\s/i.test(unnamed.text) || /^the\s/i.test(named.text) || named.reading.type === 'outlet';
  return isNamedSource(named.reading) && isUnnamedPeople(unnamed.text, unnamed.reading) && ownPhrases;
};

/**
 * "according to Reuters and the BBC", "Trump and Clinton said", "Germany, France and Italy said": two sources or a
 * list's, each its own attribution with the same cue, when each alone is an outlet or a named body or person (or one is a document and the other people), and the two together name no one body
 * ("the Department of Health and Human Services") or outlet.
 */
export function splitCoordinated(a: Attribution, outlet: string | null): Attribution[] {
  const joined = joinedParts(a.sourceText);
  if (!joined || isOneName(a.sourceText) || isPortfolioPost(joined[0], joined[1])) return [a];
  const parts = joined.map((text) => ({ text, reading: classifySource(text, outlet) }));
  // ("announced by her sons, Chris Larkin and Toby Stephens", "two executives, Jane Doe and Mark Lee": people unnamed,
  // then their names; the named are the sources.)
  const [head, ...rest] = parts;
  if (parts.length >= 3 && head.text.includes(' ') && isUnnamedPeople(head.text, head.reading) && rest.every((p) => p.reading.type === 'person' && isNamedSource(p.reading))) parts.shift();
  // ("according to internal emails and people familiar with the matter": a document and people are two sources, named or
  // not; so are a named source and people unnamed, "according to the CDC and independent experts".)
  const documentAndPeople = parts.some((p) => p.reading.type === 'document') && parts.some((p) => ['anonymous', 'person', 'organisation', 'outlet'].includes(p.reading.type));
  if (!documentAndPeople && !isNamedAndUnnamed(parts) && !parts.every((p) => isNamedSource(p.reading))) return [a];
  // ("Merck and Johnson & Johnson have filed lawsuits", "Pfizer and Merck said": a one-word name beside a firm is a firm
  // too; "Trump and the Republican Party" stay a person and a body.)
  if (parts.some((p) => p.reading.type === 'organisation' && (FIRM.test(p.text) || isKnownOrganisation(p.text)))) {
    for (const p of parts) if (p.reading.type === 'person' && !p.text.includes(' ')) p.reading = { type: 'organisation', name: p.text };
  }
  const { sourceStart, sourceEnd, cueText, cueStart, cueEnd, inherited } = a;
  let from = 0;
  return parts.map(({ text, reading }, i) => {
    const start = i === parts.length - 1 ? sourceEnd - text.length : sourceStart + a.sourceText.indexOf(text, from);
    from = start - sourceStart + text.length;
    return { sourceText: text, sourceType: reading.type, sourceStart: start, sourceEnd: start + text.length, cueText, cueStart, cueEnd, ...readingFields(reading), ...(inherited ? { inherited } : {}) };
  });
}
