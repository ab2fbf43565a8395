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
 * opening a sentence names no one, nor do "environmental groups").
 */
const isNamedSource = (r: { type: SourceType; name?: string }) =>
  r.type === 'outlet' || ((r.type === 'person' || r.type === 'organisation') && /^\p{Lu}/u.test(r.name ?? '') && personNoun(r.name!.toLowerCase()) !== 'plural');

/**
 * "according to Reuters and the BBC", "Trump and Clinton said": two sources, each its own attribution with the
 * same cue, when each alone is an outlet or a named body or person (or one is a document and the other people), and the two together name no one body
 * ("the Department of Health and Human Services") or outlet.
 */
/** The remits a minister's title joins with "and": "Work and Pensions", "Culture, Media and Sport", "Health and Social Care". */
const PORTFOLIO = String.raw`(?:Work|Pensions|Health|Social Care|Culture|Media|Sport|Business|Trade|Energy|Climate|Net Zero|Education|Housing|Communities|Local Government|Environment|Food|Rural Affairs|Science|Technology|Innovation|Defence|Defense|Justice|Transport|Home|Foreign|Commonwealth|Development|Digital|Industry|Security|Commerce|Agriculture|Labor|Labour|Veterans Affairs|Homeland Security|Human Services|Interior|Treasury|Finance|Economy|Infrastructure|Employment|Skills|Equalities)`;
const PORTFOLIO_TAIL = new RegExp(String.raw`(?:^|\s)${PORTFOLIO}$`);
const PORTFOLIO_POST = new RegExp(String.raw`^${PORTFOLIO}(?:\s+${PORTFOLIO})*\s+(?:Secretary|Minister|Commissioner|Committee|Select Committee|spokesman|spokeswoman|spokesperson)\b`);

/** "Work and Pensions Secretary Liz Kendall": the "and" joins the remits of one minister's title, no two sources. */
const isPortfolioPost = (before: string, after: string) => PORTFOLIO_TAIL.test(before) && PORTFOLIO_POST.test(after);

export function splitCoordinated(a: Attribution, outlet: string | null): Attribution[] {
  // ("Neither Meta nor X responded": each one of the two.)
  const m = /^(.+?)\s+and\s+(.+)$/.exec(a.sourceText) ?? /^[Nn]either\s+(.+?)\s+nor\s+(.+)$/.exec(a.sourceText);
  // (Not "The Tax Policy Center at the Urban Institute and Brookings": the "and" may join the preposition's objects.)
  if (!m || /,|\sand\s/.test(m[2]) || /,|\s(?:at|of|for|from|with|in|by|on|to|about)\s/.test(m[1])) return [a];
  if (isOneBodyName(a.sourceText) || resolveKnownOutlet(a.sourceText) || isPortfolioPost(m[1], m[2])) return [a];
  const parts = [m[1], m[2]].map((text) => ({ text, reading: classifySource(text, outlet) }));
  // ("according to internal emails and people familiar with the matter": a document and people are two sources, named or not.)
  const documentAndPeople = parts.some((p) => p.reading.type === 'document') && parts.some((p) => ['anonymous', 'person', 'organisation', 'outlet'].includes(p.reading.type));
  if (!documentAndPeople && !parts.every((p) => isNamedSource(p.reading))) return [a];
  // ("Merck and Johnson & Johnson have filed lawsuits", "Pfizer and Merck said": a one-word name beside a firm is a firm
  // too; "Trump and the Republican Party" stay a person and a body.)
  if (parts.some((p) => p.reading.type === 'organisation' && (FIRM.test(p.text) || isKnownOrganisation(p.text)))) {
    for (const p of parts) if (p.reading.type === 'person' && !p.text.includes(' ')) p.reading = { type: 'organisation', name: p.text };
  }
  const { sourceStart, sourceEnd, cueText, cueStart, cueEnd, inherited } = a;
  return parts.map(({ text, reading }, i) => {
    const start = i === 0 ? sourceStart + a.sourceText.indexOf(text) : sourceEnd - text.length;
    return { sourceText: text, sourceType: reading.type, sourceStart: start, sourceEnd: start + text.length, cueText, cueStart, cueEnd, ...readingFields(reading), ...(inherited ? { inherited } : {}) };
  });
}
