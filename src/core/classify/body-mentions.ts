import type { Attribution } from '../attribution/types';
import type { AnalysedSentence } from './analyse-article';

/** "the agency said", "the company added": a body named before, mentioned again by a word for its kind. */
const BODY_MENTION = /^the (agency|regulator|watchdog|ministry|department|council|union|bank|court|university|hospital|party|charity|company|firm|carmaker|automaker|retailer|airline|group|insurer|lender)$/i;
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

/**
 * A body cited again by a word for its kind is the body last named of that kind ("the National Highway
 * Traffic Safety Administration said… the agency said"), and "it" speaking right after a body is that
 * body ("…, the agency said. Tesla will fix…, it added."): one source, not three. "Its president" speaking
 * right after a body is that body's.
 */
export function resolveBodyMentions(sentences: AnalysedSentence[]): void {
  const named: Attribution[] = [];
  let lastSpeaker: { body: Attribution | null; sentence: number } = { body: null, sentence: -2 };
  sentences.forEach((s, i) => {
    for (const a of s.attributions) {
      if (a.inherited) continue;
      const kind = a.sourceType === 'organisation' ? BODY_MENTION.exec(a.sourceText.trim())?.[1].toLowerCase() : undefined;
      const antecedent = kind ? named.findLast((n) => fits(kind, n.name!)) : undefined;
      if (antecedent) a.name = antecedent.name;
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
