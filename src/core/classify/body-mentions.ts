import type { Attribution } from '../attribution/types';
import type { AnalysedSentence } from './analyse-article';

/**
 * "the agency said", "the company added", "the tech giant said": a body named before, mentioned again by a
 * word for its kind (a firm's, with a word for its trade or home before it).
 */
const BODY_MENTION = /^the (agency|regulator|watchdog|ministry|department|council|union|bank|court|university|hospital|party|charity|(?:[\p{L}-]+ )?(?:company|firm|giant|group|maker|carmaker|automaker|chipmaker|drugmaker|retailer|airline|insurer|lender|supermarket|conglomerate|startup|manufacturer|operator))$/iu;
/** A firm's name as written: up to four capitalised words ("Apple", "Taylor Wimpey", "Marks & Spencer"). */
const FIRM_NAME = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}.'’-]*){0,3}`;
/** Where a text shows a name to be a firm's: "Apple's shares", "shares in Tesla", "BP plc". */
const FIRM_EVIDENCE = new RegExp(
  String.raw`(${FIRM_NAME})['’]s?\s+(?:shares|share price|stock|profits?|revenues?|sales|earnings|results|chief executive|boss|chairman|shareholders|market value)\b|\b[Ss]hares (?:in|of) (${FIRM_NAME})|(${FIRM_NAME})\s+(?:Inc|plc|PLC|Ltd|Corp|Corporation)\b`,
  'gu',
);
/** Capitalised words opening a sentence or naming a day, which are no part of the name after them. */
const OPENER = /^(?:(?:The|On|In|At|But|And|As|After|When|While|Shares|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+/;
/** The words in a body's name that tell a government's agency. */
const AGENCY = /\b(?:Agency|Administration|Authority|Commission|Bureau|Office|Service|Regulator|Inspectorate|Ofcom|Ofwat|Ofgem|FDA|EPA|SEC|FCA|NHTSA|FAA)\b/;
/** Which named bodies each word of kind can stand for; the words for a firm stand for any body not public. */
const KIND_OF: Record<string, RegExp> = {
  agency: AGENCY,
  regulator: AGENCY,
  watchdog: AGENCY,
  ministry: /\bMinistry\b/,
  department: /\bDepartment\b/,
  council: /\bCouncil\b/,
  union: /\bUnion\b|^(?:Unite|Unison|GMB|Teamsters|RMT|Aslef)$/,
  bank: /\bBank\b|\bReserve\b|^(?:Barclays|HSBC|JPMorgan(?: Chase)?|Lloyds|Santander|Citigroup|Citi)$/,
  court: /\bCourt\b/,
  university: /\bUniversity\b|\bCollege\b/,
  hospital: /\bHospital\b|\bTrust\b/,
  party: /\bParty\b|^(?:Labour|Conservatives|Tories|Democrats|Republicans|GOP|SNP|Reform UK|Greens|Liberal Democrats)$/,
  charity: /\bFoundation\b|\bTrust\b|\bCharity\b|^(?:Oxfam|Greenpeace|Unicef|Amnesty International)$/,
};
/** A public body, which no word for a firm stands for. */
const PUBLIC_BODY = /\b(?:Ministry|Department|Council|Court|Police|Government|Parliament|Congress|Senate|House|Party|University|Hospital|Union|Army|Navy|Forces|White House|Pentagon|Kremlin)\b/;
const fits = (kind: string, name: string) => (KIND_OF[kind] ? KIND_OF[kind].test(name) : !AGENCY.test(name) && !PUBLIC_BODY.test(name));
/** The word for a body's kind in a mention: "the tech giant" → "giant". */
const kindOf = (mention: string) => BODY_MENTION.exec(mention.trim())?.[1].toLowerCase().split(' ').at(-1);

/** Firms a sentence shows by their shares, results or legal form, with where each is named. */
function firmsNamedIn(s: AnalysedSentence): { name: string; at: number }[] {
  return [...s.text.matchAll(FIRM_EVIDENCE)].map((m) => ({ name: (m[1] ?? m[2] ?? m[3]).replace(OPENER, ''), at: s.start + m.index }));
}

/** The body a word for its kind stands for: the last one named before `at` that fits, spoken or, for a firm, shown. */
function lastOfKind(kind: string, at: number, named: Attribution[], firms: { name: string; at: number }[]): string | undefined {
  const spoke = named.findLast((n) => fits(kind, n.name!));
  const shown = !KIND_OF[kind] || kind === 'bank' ? firms.findLast((f) => f.at < at && fits(kind, f.name)) : undefined;
  return shown && (!spoke || shown.at > spoke.sourceStart) ? shown.name : spoke?.name;
}

/**
 * A body cited again by a word for its kind is the body last named of that kind ("the National Highway
 * Traffic Safety Administration said… the agency said"), and "it" speaking right after a body is that
 * body ("…, the agency said. Tesla will fix…, it added."): one source, not three. "Its president" speaking
 * right after a body is that body's.
 */
export function resolveBodyMentions(sentences: AnalysedSentence[]): void {
  const named: Attribution[] = [];
  /** Firms the text has shown so far, spoken or not ("Apple's shares fell… The tech giant said…"). */
  const firms: { name: string; at: number }[] = [];
  let lastSpeaker: { body: Attribution | null; sentence: number } = { body: null, sentence: -2 };
  sentences.forEach((s, i) => {
    if (!s.boilerplate) firms.push(...firmsNamedIn(s));
    for (const a of s.attributions) {
      if (a.inherited) continue;
      // "Shares in Tesla fell… Tesla said": a single name the text shows as a firm's is the firm, no surname.
      if (a.sourceType === 'person' && !a.role && a.name && firms.some((f) => f.name === a.name)) a.sourceType = 'organisation';
      const kind = a.sourceType === 'organisation' ? kindOf(a.sourceText) : undefined;
      const antecedent = kind ? lastOfKind(kind, a.sourceStart, named, firms) : undefined;
      if (antecedent) a.name = antecedent;
      else if (/^it$/i.test(a.sourceText.trim()) && lastSpeaker.body && lastSpeaker.sentence >= i - 1) Object.assign(a, { sourceType: 'organisation', name: lastSpeaker.body.name });
      // "…, the college said. Its president, Dr Adrian Boyle, said…": the body's own officer.
      else if (a.sourceType === 'person' && !a.organisation && /^its\s/i.test(a.sourceText) && lastSpeaker.body && lastSpeaker.sentence >= i - 1) a.organisation = lastSpeaker.body.name;
      if (a.sourceType === 'organisation' && a.name && /^\p{Lu}/u.test(a.name)) {
        if (!kind) named.push(a);
        lastSpeaker = { body: a, sentence: i };
      } else if (a.sourceType !== 'organisation') lastSpeaker = { body: null, sentence: -2 };
    }
  });
}
