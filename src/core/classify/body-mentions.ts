import { isClubOfPlace, isDocumentWord, isStateName } from '../attribution/source-type';
import { withoutSentenceStop } from '../text/patterns';
import type { Attribution } from '../attribution/types';
import type { AnalysedSentence } from './analyse-article';
import { isBodyIn } from './one-word-bodies';
import { isKnownOrganisation } from '../attribution/organisation-names';

/**
 * "the agency said", "the central bank said", "the tech giant said": a body named before, mentioned again by a
 * word for its kind, perhaps after a word or two for its trade, remit or home ("the US carmaker", "the consumer goods
 * giant", "the Seattle-based company"; not "the Labour party", which names itself).
 */
const BODY_MENTION = /^[Tt]he (?:([\p{Ll}-]+(?: [\p{Ll}-]+)?|\p{Lu}{2,4}|\p{Lu}[\p{L}]*-based) )?(agency|regulator|watchdog|ministry|department|council|union|center|centre|institute|commission|committee|service|office|bureau|authority|force|bank|court|university|hospital|party|charity|company|firm|giant|group|maker|carmaker|automaker|chipmaker|drugmaker|retailer|grocer|airline|carrier|insurer|lender|supermarket|conglomerate|startup|manufacturer|operator|broadcaster|publisher|housebuilder|miner|utility|supplier|chain|brewer|body|organisation|organization|tank|thinktank|campaign|team|forecaster)$/u;
/** A run of capitalised words, with the small words a body's name holds: "Federal Reserve", "Department of Transport". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}.'’-]*)*/gu;
/** Capitalised words opening a sentence or naming a day, which are no part of the name after them ("Shares of Tesla"). */
const OPENER = /^(?:(?:The|A|An|On|In|At|But|And|As|After|When|While|Shares(?:\s+(?:of|in))?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Later|Earlier|Meanwhile|However|Separately|Yesterday|Today|Now|Then|Previously|Finally)(?:\s+|$))+/;
/** The words in a body's name that tell a government's agency. */
const AGENCY = /\b(?:Agency|Administration|Authority|Commission|Bureau|Office|Service|Regulator|Inspectorate|Ofcom|Ofwat|Ofgem|FDA|EPA|SEC|FCA|NHTSA|FAA|NASA|Nasa|ESA|CIA|FBI|NSA|IAEA|WHO)\b/;
const CENTRE = /\bCent(?:er|re)\b/;
const THINK_TANK = /\b(?:Foundation|Institute|Institution|Cent(?:er|re)|Trust|Council|Fund)\b|^(?:Chatham House|Demos|Policy Exchange|Brookings|Bruegel|RAND)$/;
const AIRLINE = /\bAir(?:lines?|ways)?\b|^(?:Ryanair|easyJet|Lufthansa|Emirates|Qantas|Jet2|Wizz)$/;
/** Which named bodies each word of kind can stand for; the words for a firm stand for any body not public. */
const KIND_OF: Record<string, RegExp> = {
  agency: AGENCY,
  regulator: AGENCY,
  watchdog: AGENCY,
  ministry: /\bMinistry\b/,
  department: /\bDepartment\b/,
  council: /\bCouncil\b/,
  // (Unions named as associations or federations: "the British Medical Association", "the National Education Association".)
  union: /\bUnion\b|\bAssociation\b|\bFederation\b|^(?:Unite|Unison|GMB|Teamsters|RMT|Aslef)$/,
  bank: /\bBank\b|\bReserve\b|^(?:Barclays|HSBC|JPMorgan(?: Chase)?|Lloyds|Santander|Citigroup|Citi)$/,
  court: /\bCourt\b/,
  center: CENTRE,
  centre: CENTRE,
  institute: /\bInstitute\b/,
  commission: /\bCommission\b/,
  committee: /\bCommittee\b/,
  service: /\bService\b/,
  office: /\bOffice\b/,
  bureau: /\bBureau\b/,
  authority: /\bAuthority\b/,
  // ("Avon and Somerset Police said… The force said": a police force.)
  force: /\bPolice\b|\bConstabulary\b|^Scotland Yard$/,
  university: /\bUniversity\b|\bCollege\b/,
  hospital: /\bHospital\b|\bTrust\b/,
  party: /\bParty\b|^(?:Labour|Conservatives|Tories|Democrats|Republicans|GOP|SNP|Reform UK|Greens|Liberal Democrats)$/,
  // ("Yeti Airlines", "British Airways", "Air India": the airline; another firm is no airline.)
  airline: AIRLINE,
  carrier: AIRLINE,
  charity: /\bFoundation\b|\bTrust\b|\bCharity\b|^(?:Oxfam|Greenpeace|Unicef|Amnesty International)$/,
  // ("Donald Trump's campaign said… The campaign says…", "Clinton's team".)
  campaign: /\b[Cc]ampaign\b/,
  team: /\b[Tt]eam\b/,
  // ("…published by the Resolution Foundation… the think tank said": a foundation, an institute, a centre or a trust.)
  tank: THINK_TANK,
  thinktank: THINK_TANK,
  // ("The Met Office said… The forecaster added": a weather service; "the forecaster" with none named is a person.)
  forecaster: /\bMet Office\b|\bMet Éireann\b|\bWeather Service\b|\bMeteorolog|\bWeather\b/,
};
/** A public body, which no word for a firm stands for. */
const PUBLIC_BODY = /\b(?:Ministry|Department|Council|Court|Police|[Gg]overnment|[Aa]dministration|EU|European|Commission|UN|United Nations|NATO|Parliament|Congress|Senate|House|Party|University|Hospital|Union|Army|Navy|Forces|White House|Pentagon|Kremlin)\b/;
/**
 * Kinds so common that a word before one says which is meant: "the hurricane center" is the National Hurricane
 * Center, "the shopping center" is not; "the statistics office" is the Office for National Statistics.
 */
const TOLD_BY_MODIFIER = new Set(['center', 'centre', 'institute', 'commission', 'committee', 'service', 'office', 'bureau', 'authority', 'force']);
const fits = ({ kind, modifier }: Mention, name: string) => {
  // ("The WHO declared… The health body said": "body" stands for a body of any kind, public or not.)
  if (kind === 'body' || kind === 'organisation' || kind === 'organization') return true;
  if (modifier && TOLD_BY_MODIFIER.has(kind) && !name.toLowerCase().includes(modifier.toLowerCase())) return false;
  // (A state is no firm: "Russia said… The company said" is not Russia.)
  return KIND_OF[kind] ? KIND_OF[kind].test(name) : !AGENCY.test(name) && !PUBLIC_BODY.test(name) && !isStateName(name);
};
interface Mention {
  kind: string;
  modifier?: string;
}
/** The word for a body's kind in a mention, and the word before it: "the tech giant" → "giant", "tech". */
const mentionOf = (text: string): Mention | undefined => {
  // ("The Bank now expects…", "the Commission said": a British paper capitalises the short name of a body named before.)
  const m = BODY_MENTION.exec(text.trim().replace(/(?<=^[Tt]he (?:[\p{Ll}-]+ )?)\p{Lu}(?=\p{Ll}+$)/u, (c) => c.toLowerCase()));
  return m ? { kind: m[2], modifier: m[1] } : undefined;
};
/** Any kind's body by its name, in one pattern: each kind's alternatives keep their own anchors. */
const ANY_KIND_NAMED = new RegExp(Object.values(KIND_OF).map((re) => re.source).join('|'));
/** A kind's word alone, capitalised to open a sentence ("Bank executives aren't…"), names no body. */
const KIND_WORD_ALONE = /^(?:Agency|Administration|Authority|Commission|Bureau|Office|Service|Regulator|Ministry|Department|Council|Union|Bank|Reserve|Court|University|College|Hospital|Trust|Party|Foundation|Charity)$/;

/** A body the text names, whether or not it speaks: a firm shown by its shares, results or legal form, or a name holding its kind's word. */
interface ShownBody {
  name: string;
  at: number;
  sentence: number;
  firm: boolean;
}
/**
 * How many sentences back a body named by its kind's word is still the one meant; a firm shown by its shares
 * is the story's subject, meant as far on as the text goes. (Further back, another body named in passing
 * since is as likely.)
 */
const NAMED_REACH = 3;

/** The bodies a sentence names: a firm it speaks of as one ("Apple's shares", "shares in Tesla", "BP plc"), or a name holding its kind's word ("The Federal Reserve held…"). */
function bodiesShownIn(s: AnalysedSentence, sentence: number): ShownBody[] {
  const bodies: ShownBody[] = [];
  for (const run of s.text.matchAll(CAPITALISED_RUN)) {
    // ("The Bank's Monetary Policy Committee": two names, the owner's and the owned.)
    for (const part of possessedParts(run[0], run.index)) {
      const opener = OPENER.exec(part.text)?.[0].length ?? 0;
      // ("Apple’s shares": the name without its possessive; "…at Manchester Crown Court.": nor the sentence's stop, which
      // a word of the name may hold, as "U.S." does.)
      const name = withoutSentenceStop(part.text.slice(opener).replace(/['’]s?$/, ''));
      if (!name || KIND_WORD_ALONE.test(name)) continue;
      const at = s.start + part.index + opener;
      // (A firm the lists know by name is one wherever it stands: "Unilever has agreed to sell…".)
      if (filedWith(s.text, part.index + opener)) continue;
      if (isBodyIn(s.text, name) || isKnownOrganisation(name)) bodies.push({ name, at, sentence, firm: true });
      else if (ANY_KIND_NAMED.test(name) && !namedAsMaker(s.text, part.index + part.text.length)) bodies.push({ name, at, sentence, firm: false });
    }
  }
  return bodies;
}

/** A capitalised run cut at each possessive inside it, with each part's offset: "Bank's Monetary Policy Committee" → "Bank's", "Monetary Policy Committee". */
function possessedParts(run: string, index: number): { text: string; index: number }[] {
  const parts: { text: string; index: number }[] = [];
  let from = 0;
  for (const p of run.matchAll(/['’]s\s+(?=\p{Lu})/gu)) {
    parts.push({ text: run.slice(from, p.index + 2), index: index + from });
    from = p.index + p[0].length;
  }
  parts.push({ text: run.slice(from), index: index + from });
  return parts;
}

/**
 * A body a document was filed with: in "According to a filing with the London Stock Exchange, the company expects…"
 * the company is the one that filed it, not the exchange.
 */
const filedWith = (text: string, start: number) => /\b(?:filings?|filed|disclosures?|submissions?)\s+(?:with|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 30), start));

/** A body named as a document's maker: in "A Government Accountability Office report found that the agency…" the agency is another. */
const namedAsMaker = (text: string, end: number) => isDocumentWord(/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '');

/** The body a word for its kind stands for: the last one named before `at` that fits, spoken or shown (a firm by what shows it one). */
function lastOfKind(mention: Mention, at: number, sentence: number, named: Attribution[], shown: ShownBody[]): string | undefined {
  // ("Unilever has agreed to sell its ice cream arm to KKR, the company said": in its own sentence, the body the sentence
  // is about, named first.)
  const subject = shown.find((b) => b.sentence === sentence && b.at < at && fits(mention, b.name));
  if (subject) return subject.name;
  // ("A British fashion retailer has confirmed… The retailer apologised": one that spoke under a description closing on
  // the same word, whatever body was named since.)
  // (A description in small letters, not a name: "The National Hurricane Center" is no "shopping center".)
  const described = named.findLast((n) => /^(?:an?|the)\s/i.test(n.sourceText) && n.sourceText.trim().split(/\s+/).at(-1) === mention.kind && (!mention.modifier || n.sourceText.includes(mention.modifier)));
  if (described) return described.name;
  const spoke = named.findLast((n) => fits(mention, n.name!));
  const seen = shown.findLast((b) => b.at < at && fits(mention, b.name) && (KIND_OF[mention.kind] ? b.sentence >= sentence - NAMED_REACH : b.firm));
  const last = seen && (!spoke || seen.at > spoke.sourceStart) ? seen.name : spoke?.name;
  return (STORY_FIRM.has(mention.kind) && !mention.modifier && storyFirm(named, mention, last)) || last;
}

/** Bare words for a firm that, in a story about one, stand for it even past another quoted since ("the company"). */
const STORY_FIRM = new Set(['company', 'firm']);

/**
 * The firm the story is about: one that has spoken at least twice as often as the body last named, as when a
 * research house is cited between the company's announcements ("According to Counterpoint Research, … The company
 * also announced…").
 */
function storyFirm(named: Attribution[], mention: Mention, last: string | undefined): string | undefined {
  const spoken = new Map<string, number>();
  for (const n of named) if (fits(mention, n.name!)) spoken.set(n.name!, (spoken.get(n.name!) ?? 0) + 1);
  const [top, times] = [...spoken].reduce((best, next) => (next[1] > best[1] ? next : best), ['', 0]);
  return top && top !== last && times >= 2 * (spoken.get(last ?? '') ?? 0) ? top : undefined;
}

/** Whether a sentence opens on a document as its subject: "The exit poll is out.", "A new study of 5,000 adults was published". */
function opensOnDocument(text: string): boolean {
  const words = text.split(/\s+/, 5);
  if (!/^(?:the|a|an|this|that|its|their|our)$/i.test(words[0] ?? '')) return false;
  const head = words.slice(1).findIndex((w) => !/^[\p{Ll}-]+$/u.test(w) || isDocumentWord(w));
  return head >= 0 && isDocumentWord(words[head + 1]);
}

/** What may stand before a body a sentence opens on: "The ", or a word for its kind before its name ("The hospital, "). */
const BEFORE_OPENING_BODY = /^(?:The\s+)?(?:[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?$/u;

/** The body a sentence opens on as its subject, named: "The hospital, Asante Rogue Regional Medical Center, has been sued". */
const bodyOpening = (s: AnalysedSentence, shown: ShownBody[]) => shown.find((b) => b.at >= s.start && b.at < s.end && BEFORE_OPENING_BODY.test(s.text.slice(0, b.at - s.start)));

/**
 * The club a team's name alone stands for, named in full before: "The Cowboys said" after "The Dallas Cowboys placed…";
 * undefined when none was.
 */
function clubNamedBefore(a: Attribution, sentences: AnalysedSentence[], i: number): string | undefined {
  const team = /^[Tt]he (\p{Lu}\p{Ll}+s)$/u.exec(a.sourceText.trim())?.[1];
  if (!team || (a.sourceType !== 'anonymous' && a.sourceType !== 'unknown')) return undefined;
  const told = [...sentences.slice(0, i).map((s) => s.text), sentences[i].text.slice(0, a.sourceStart - sentences[i].start)].join('\n');
  const named = [...told.matchAll(new RegExp(String.raw`(?:\p{Lu}[\p{L}.]*\s+){1,3}${team}\b`, 'gu'))].map((m) => m[0].replace(/^(?:The|A)\s+/, ''));
  return named.findLast(isClubOfPlace);
}

/**
 * A body by its kind's word in the possessive, opening a post: "The agency's" of "The agency's chief executive", or of
 * "Caroline Douglass, the agency's flood duty manager".
 */
const POSSESSED_KIND = /(?:^|,\s+)([Tt]he (?:[\p{Ll}-]+ )?[\p{Ll}-]+)['’]s?\s/u;

/** The body an unnamed speaker speaks for, by its kind's word: "a spokesman for the company", "a company spokesman". */
function employerMention(a: Attribution): Mention | undefined {
  if (a.organisation) return mentionOf(a.organisation);
  const kind = /^(?:[Aa]n?|[Tt]he)\s+([\p{Ll}-]+)\s+(?:spokes(?:person|man|woman)|representative|source|official)$/u.exec(a.sourceText.trim())?.[1];
  return kind ? mentionOf(`the ${kind}`) : undefined;
}

/**
 * A body cited again by a word for its kind is the body last named of that kind ("the National Highway
 * Traffic Safety Administration said… the agency said"), whether it spoke or was only named ("The Federal
 * Reserve held rates… the central bank said"; "Apple's shares fell… the tech giant said"), and "it" speaking right after a body is that
 * body ("…, the agency said. Tesla will fix…, it added."): one source, not three. "Its president" speaking
 * right after a body is that body's.
 */
export function resolveBodyMentions(sentences: AnalysedSentence[]): void {
  const named: Attribution[] = [];
  /** Bodies the text has named so far, spoken or not ("Apple's shares fell… The tech giant said…"). */
  const shown: ShownBody[] = [];
  let lastSpeaker: { body: Attribution | null; sentence: number } = { body: null, sentence: -2 };
  /** The body that spoke as the subject a sentence opens on, which a next sentence's opening "It" stands for. */
  let openingSpeaker: { body: Attribution | null; sentence: number } = { body: null, sentence: -2 };
  sentences.forEach((s, i) => {
    if (!s.boilerplate) shown.push(...bodiesShownIn(s, i));
    for (const a of s.attributions) {
      if (a.inherited) continue;
      const mention = a.sourceType === 'organisation' || a.sourceType === 'person' ? mentionOf(a.sourceText) : undefined;
      const antecedent = mention && (a.sourceType === 'organisation' || mention.kind === 'forecaster') ? lastOfKind(mention, a.sourceStart, i, named, shown) : undefined;
      if (antecedent && a.sourceType === 'person') {
        a.sourceType = 'organisation';
        delete a.role;
      }
      // ("a spokesman for the company", "a council spokeswoman": an unnamed speaker of the body named before.)
      const employer = a.sourceType === 'anonymous' ? employerMention(a) : undefined;
      const employerName = employer && lastOfKind(employer, a.sourceStart, i, named, shown);
      if (employerName) a.organisation = employerName;
      // ("The agency's chief executive, Dame Jenny Harries, said": the body named before, by its kind's word, owns the post.)
      // ("Council leader Tony Dyer": a body's kind alone, capitalised to open the sentence, is the one named before.)
      const kindAlone = a.organisation && KIND_WORD_ALONE.test(a.organisation) ? `the ${a.organisation}` : undefined;
      const owner = kindAlone ?? (!a.organisation && (a.sourceType === 'person' || a.sourceType === 'anonymous') ? POSSESSED_KIND.exec(a.sourceText)?.[1] : undefined);
      const ownerMention = owner ? mentionOf(owner) : undefined;
      const ownerName = ownerMention && lastOfKind(ownerMention, a.sourceStart, i, named, shown);
      if (ownerName) a.organisation = ownerName;
      /** The body that spoke in this sentence or the one before, which "it", "its" and an unnamed spokesperson stand for. */
      // ("The Israeli military said… and accused the group of…, a charge Hamas denies. It did not comment…": the subject
      // the sentence before opened on, not the last body to speak in it.)
      const opensOnIt = a.sourceStart === s.start && /^it$/i.test(a.sourceText.trim());
      const justSpoke = opensOnIt && openingSpeaker.sentence === i - 1 ? openingSpeaker.body : lastSpeaker.sentence >= i - 1 ? lastSpeaker.body : null;
      const openedOn = a.sourceType === 'unknown' && /^it$/i.test(a.sourceText.trim()) && i > 0 ? bodyOpening(sentences[i - 1], shown) : undefined;
      const club = clubNamedBefore(a, sentences, i);
      if (antecedent) a.name = antecedent;
      else if (justSpoke && /^it$/i.test(a.sourceText.trim())) Object.assign(a, { sourceType: 'organisation', name: justSpoke.name });
      // ("The exit poll is out. It suggests Labour will win…": "it" is the document the sentence before opened on.)
      else if (a.sourceType === 'unknown' && /^it$/i.test(a.sourceText.trim()) && i > 0 && opensOnDocument(sentences[i - 1].text)) a.sourceType = 'document';
      // ("The hospital, Asante Rogue Regional Medical Center, has been sued… It has denied wrongdoing.": the body it opened on.)
      else if (openedOn) Object.assign(a, { sourceType: 'organisation', name: openedOn.name });
      else if (club) Object.assign(a, { sourceType: 'organisation', name: club });
      // "…, the college said. Its president, Dr Adrian Boyle, said…": the body's own officer ("Vivienne Stern, its chief
      // executive, said": the same, named first); "The Department for Education said… A spokesperson added:" its spokesperson.
      else if (justSpoke && !a.organisation && ((a.sourceType === 'person' && /(?:^|,\s+)its\s/i.test(a.sourceText)) || (a.sourceType === 'anonymous' && /^(?:a|the)\s+spokes(?:person|man|woman)$/i.test(a.sourceText.trim())))) a.organisation = justSpoke.name;
      if (a.sourceType === 'organisation' && a.name && /^\p{Lu}/u.test(a.name)) {
        if (!mention) named.push(a);
        lastSpeaker = { body: a, sentence: i };
        if (BEFORE_OPENING_BODY.test(s.text.slice(0, a.sourceStart - s.start)) && openingSpeaker.sentence !== i) openingSpeaker = { body: a, sentence: i };
      } else if (a.sourceType !== 'organisation') lastSpeaker = { body: null, sentence: -2 };
    }
  });
}
