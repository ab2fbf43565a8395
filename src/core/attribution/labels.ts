import { type ParsedSentence, pastReferences } from '../text/parse';
import { inNameCase } from '../text/patterns';
import { isKnownPlace } from './place-names';
import { classifySource, isNamedStorm, isStateName, namesOrganisation } from './source-type';
import type { Attribution } from './types';

// Speakers a sentence names without a verb: a label opening the line, a dash signing a quote, an
// encyclopedia's reference marks.

/** Words that open a line with a colon as a label of the page, not a speaker: "Update: …", "Watch: …", a preview's "Prediction: …". */
const PAGE_LABEL = /^(?:the latest|update[ds]?|note|editor[’']?s note|photos?|videos?|watch|read|related|listen|corrections?|clarifications?|warning|breaking|exclusive|opinion|analysis|live|letters?|comment|editorial|review|obituary|explainer|explained|interview|source|credit|image|caption|advertisement|tags?|topics?|step|part|chapter|claims?|the facts|facts?|verdict|rating|ruling|our ruling|fact (?:check|focus)|background|context|the bottom line|bottom line|what we found|\S+['’]s assessment|assessment|(?:main )?(?:methods?|results?|conclusions?|objectives?|aims?|findings|interpretation|discussion|introduction|summary|design|setting|participants|limitations|funding|abstract|importance|key points|outcomes?)|why it matters|the big picture|between the lines|go deeper|yes,? but|what['’]s next|what they['’]re saying|by the numbers|zoom in|zoom out|state of play|driving the news|flashback|the other side|shocking|revealed|bombshell|just in|alert|urgent|must (?:see|read|watch)|busted|leaked|horrifying|unbelievable|incredible|boom|wow|(?:our )?predictions?|predicted (?:line-?ups?|teams?|xi)|team news|line-?ups?|kick-?off|odds|tips?|best bets?|key stats?|stats?|form guide|head-to-head|how to watch|where to watch|tv channel|live stream|injur(?:y|ies)(?: news)?|recap|preview)\b/i;

/**
 * A speaker at the start of a line: a transcript's label ("WALLACE: Let's
 * start…"), a credit to an outlet ("U.S. News: China is…") or a headline's
 * ("Sanders: Clinton needs to…", "Poll: Wealthy Voters…"). A mixed-case label
 * counts when it names someone: a proper noun, or a document, outlet or organisation.
 */
export function speakerLabel(s: ParsedSentence, outlet: string | null): Attribution | null {
  if (s.line.trim().indexOf(s.text.trim()) !== 0) return null;
  // (A broadcast transcript's, with the speaker's post or party after the name: "JAKE TAPPER, CNN HOST:", "SEN. AMY
  // KLOBUCHAR (D-MN):".)
  const m = /^\s*["“]?([A-Z][A-Z.'’ -]{1,30}[A-Z])(?:,\s+[A-Z][A-Z.'’ ,-]{1,60}[A-Z]|\s+\([A-Z]{1,2}-[A-Z]{2}\))?:\s/.exec(s.text) ?? /^\s*["“]?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|and|&)){0,6}):\s+\S/u.exec(s.text);
  // "Stealth Over Health: …", "THE GREAT RESET IS HERE: …": a headline's phrase, not a name; no name has a capitalised
  // preposition or verb.
  if (!m || PAGE_LABEL.test(m[1]) || /\b(?:Over|In|On|For|With|To|At|By|From|Against|After|Before|Into|Is|Are|Was|Will|Not|IS|ARE|WAS|WERE|WILL|NOT)\b/.test(m[1])) return null;
  // "Storm Ciarán: Thousands without power": a named storm or operation is the headline's topic; it says nothing.
  if (isNamedStorm(m[1]) || /^Operation\s/.test(m[1])) return null;
  // "Mumbai: 3 held for cheating investors": a town the headline is datelined from ("Israel: …" may be the state speaking).
  if (isKnownPlace(m[1]) && !isStateName(m[1])) return null;
  // "North Korea and Russia: An Alliance Built on Shells and Secrets": a headline's subtitle after its topic, no words said.
  // ("MS. LEAVITT: The President spoke to the governor on Monday. He made clear…": not a transcript's label, a title's
  // before a name, or one whose line goes on past its sentence.)
  const rest = s.text.slice(m.index + m[0].length - 1).trimStart();
  // ("Germany: Police raid homes of far-right suspects": a state's name over news of it. One speaking says what must or
  // will be, or speaks in the first person: "China: US must stop arming Taiwan", "Israel: We will respond".)
  if (isStateName(m[1]) && !/\b(?:I|we|We|our|Our|my|My|must|should|will|won't|would|cannot|can't|wants?|demands?|warns?|says?|vows?|urges?)\b|["“]/.test(rest)) return null;
  const transcript = /^(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.?\s/.test(m[1]) || s.line.trim().length > s.text.trim().length;
  if (!transcript && /^(?:A|An|The)\s+\p{Lu}/u.test(rest) && !/\b(?:Is|Are|Was|Were|Will|Has|Have|Had|Must|Can|Could|Should|Would|Says?|Said)\b/.test(rest)) return null;
  // ("CNN State of the Union: Interview with Senator Amy Klobuchar": a programme's name over what it aired.)
  if (/^(?:(?:An\s+)?Interview|Transcript|Q&A|In conversation)\b/i.test(rest)) return null;
  // "Dune: Part Two is in cinemas": a title's part after its name.
  if (/^(?:Part|Chapter|Episode|Season|Volume|Vol\.|Book|Act)\s+(?:\d+|[IVX]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b/.test(rest)) return null;
  const start = s.start + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  // "Arsenal: Raya 7; White 6, Saliba 8…", "Chelsea (4-2-3-1): Sanchez; James…": a team's line-up or ratings, a list
  // with no verb, is no one's words ("TRUMP: Wrong, wrong, wrong." is).
  const list = (rest.match(/[;,]/g)?.length ?? 0) >= 3 && /[;\d]/.test(rest);
  if (list && !s.tokens.some((t) => t.start > end && (t.pos === 'VERB' || t.pos === 'AUX'))) return null;
  const reading = classifySource(m[1], outlet);
  const allCaps = m[1] === m[1].toUpperCase();
  const names = s.tokens.some((t) => t.start >= start && t.end <= end && t.pos === 'PROPN');
  // ("Veto Power Impedes Peace Efforts: …": a subheading's clause in title case, a verb in it after its first word.)
  if (!allCaps && s.tokens.some((t) => t.start > start && t.end <= end && t.pos === 'VERB' && /s$/.test(t.lower))) return null;
  if (!allCaps && !names && !['document', 'outlet', 'organisation', 'self'].includes(reading.type)) return null;
  // "The Morning Brief: Fed holds rates": a newsletter's or column's name before its subject; a body speaking
  // so speaks in the first person or in quotes ("The Pentagon: We did not strike the school").
  if (/^The\s/.test(m[1]) && reading.type !== 'outlet' && !/\b(?:I|we|We|our|Our|my|My)\b|["“]/.test(rest)) return null;
  // An interview's "Q:" is the interviewer, the publication itself; its "A:" the person interviewed.
  const interviewer = m[1] === 'Q';
  // A briefing transcript's "QUESTION:" is a reporter in the room, unnamed.
  const asker = /^(?:QUESTION|REPORTER)$/.test(m[1]);
  // "MS. JEAN-PIERRE:": a transcript's label in capitals, named as the article writes names ("Jean-Pierre"); not a body's
  // acronym ("NTSB: Pilot reported…", "NATO: …").
  const acronym = reading.type === 'organisation' && (namesOrganisation(m[1]) || /^[B-DF-HJ-NP-TV-XZ&]{2,6}$/.test(m[1]));
  const capsName = allCaps && m[1].length > 1 && reading.type !== 'outlet' && !acronym && !asker ? inNameCase(m[1].replace(/^(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.?\s+/, '')) : undefined;
  const name = asker ? undefined : capsName ?? reading.name;
  return {
    sourceText: m[1],
    sourceType: interviewer ? 'self' : asker ? 'anonymous' : reading.type === 'unknown' || (allCaps && reading.type === 'organisation' && !acronym) ? 'person' : reading.type,
    sourceStart: start,
    sourceEnd: end,
    cueText: ':',
    cueStart: end,
    cueEnd: end + 1,
    ...(name ? { name } : {}),
  };
}


/**
 * A forwarded message's credit opening its line: "From a doctor friend at St Thomas' Hospital: the new variant is…"
 * (not a page's "From the archive:").
 */
export function forwardedFrom(s: ParsedSentence, outlet: string | null): Attribution | null {
  const m = /^(\s*)From\s+((?:an?|my|our|one)\s+[^:.!?]{2,80}?):\s+\S/u.exec(s.text);
  if (!m || s.line.trim().indexOf(s.text.trim()) !== 0) return null;
  const cueStart = s.start + m[1].length;
  const start = s.start + m[0].indexOf(m[2]);
  const reading = classifySource(m[2], outlet);
  return {
    sourceText: m[2],
    sourceType: reading.type === 'unknown' ? 'anonymous' : reading.type,
    sourceStart: start,
    sourceEnd: start + m[2].length,
    cueText: 'From',
    cueStart,
    cueEnd: cueStart + 4,
    ...(reading.name ? { name: reading.name } : {}),
  };
}

/**
 * A fact-check's "CLAIM: The WHO declared a new pandemic": the claim checked is someone's, whoever made it, not the
 * writer's statement.
 */
export function checkedClaim(s: ParsedSentence): Attribution | null {
  const m = /^(\s*)(claim)\s*:\s+\S/i.exec(s.text);
  if (!m || s.line.trim().indexOf(s.text.trim()) !== 0) return null;
  const start = s.start + m[1].length;
  const colon = s.start + m[0].indexOf(':');
  return { sourceText: m[2], sourceType: 'unknown', sourceStart: start, sourceEnd: start + m[2].length, cueText: ':', cueStart: colon, cueEnd: colon + 1 };
}

/** Whether an attribution is a dash signing a quote (what dashCredit finds). */
export const isDashCredit = (a: Attribution): boolean => a.cueText === '―' || a.cueText === '—';

/** A quote signed with a dash after it, as in vox-pop pieces: '“…A real disgrace.” ― Azucena González'. */
export function dashCredit(s: ParsedSentence, outlet: string | null): Attribution | null {
  const m = /[”"]\s*([―—])\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})[\s.]*$/u.exec(s.text) ?? /^\s*([―—])\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})[\s.]*$/u.exec(s.text);
  return m ? signedBy(s, m, outlet) : null;
}

/**
 * The line signing a post embedded in a page, under its text: "— Elon Musk (@elonmusk) January 3, 2025". Its
 * signer, by name, with the dash as the cue; null for any other line.
 */
export function postSignature(s: ParsedSentence, outlet: string | null): Attribution | null {
  const m = /^\s*([―—–-])\s*([^()\n]{1,60}?)\s*\(@\w{1,30}\)(?:\s+[\p{L}.]{3,10} \d{1,2}, \d{4})?\s*$/u.exec(s.text);
  return m && s.line.trim() === s.text.trim() ? signedBy(s, m, outlet) : null;
}

/** The signer a dash (group 1) puts before a name (group 2): a person unless the name says otherwise. */
function signedBy(s: ParsedSentence, m: RegExpExecArray, outlet: string | null): Attribution {
  const cueStart = s.start + m.index + m[0].indexOf(m[1]);
  const sourceStart = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + 1);
  const reading = classifySource(m[2], outlet);
  return {
    sourceText: m[2],
    sourceType: reading.type === 'unknown' ? 'person' : reading.type,
    sourceStart,
    sourceEnd: sourceStart + m[2].length,
    cueText: m[1],
    cueStart,
    cueEnd: cueStart + 1,
    name: reading.name ?? m[2],
  };
}

/** A letters page's title: "… | Letters", "Letters: …", "Letters to the editor", "Readers' letters", "Your letters". */
const LETTERS_TITLE = /(?:^|[|:–—-]\s*)(?:letters(?: to the editor)?|readers['’]? letters|your letters)\s*(?:$|[|:–—-])/i;
export const isLettersPage = (title: string): boolean => LETTERS_TITLE.test(title.trim());

/** A person's name alone, a title before it allowed: "Margaret Hollis", "Prof Anne Whitaker", "Rev. John O'Neill". */
const SIGNED_NAME = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})(?:,\s*\p{Lu}[\p{L}.'’ -]{1,40}){0,2},?$/u;

/** The words closing a letter before its signature: "Yours, etc,", "– Yours faithfully,". */
export const isSignOff = (text: string): boolean => /^[–—-]?\s*Yours(?:,?\s+(?:etc|faithfully|sincerely|truly))?[.,]*$/i.test(text.trim());

/**
 * The line signing a letter on a letters page: the writer's name alone on it, a town after a comma allowed
 * ("Margaret Hollis", "David Okoro, Leeds", "Ann Lee, Arlington, Va.", "MARY O'SULLIVAN,"). The writer, with the name as its own cue (a
 * letter has no verb of saying: the signature is the credit); null for any other line.
 */
export function letterSignature(s: ParsedSentence, outlet: string | null): Attribution | null {
  const line = s.line.trim();
  const m = SIGNED_NAME.exec(line);
  if (!m || line !== s.text.trim()) return null;
  // ("MARY O'SULLIVAN,": a name set in capitals, as the Irish Times signs its letters.)
  const reading = classifySource(/\p{Ll}/u.test(m[1]) ? m[1] : inNameCase(m[1]), outlet);
  if (reading.type !== 'person' || !reading.name) return null;
  const start = s.start + s.text.indexOf(m[1]);
  const end = start + m[1].length;
  return { sourceText: m[1], sourceType: 'person', sourceStart: start, sourceEnd: end, cueText: m[1], cueStart: start, cueEnd: end, name: reading.name };
}

/** An author-and-year citation in brackets: "(IPCC, 2021)", "(Smith et al., 2020)", "(Jones and Lee 2019; WHO 2022)". */
const AUTHOR_YEAR = /\(((?:\p{Lu}[\p{L}&.'’-]*(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*|\s+et al\.?)?),?\s+(?:19|20)\d{2}[a-z]?(?:;\s*[^()]{1,80})?)\)(?=\s*[.!?,;]|\s*$)/u;

/**
 * An academic citation in the text ("…since pre-industrial times (IPCC, 2021).", "(Smith et al., 2020)"): the sentence
 * cites that work, a document, with the brackets as its cue as a reference mark's are.
 */
export function authorYearCitation(s: ParsedSentence): Attribution | null {
  // Asked of every sentence; almost none has a bracket.
  if (!s.text.includes('(')) return null;
  const m = AUTHOR_YEAR.exec(s.text);
  if (!m) return null;
  const start = s.start + m.index;
  const end = start + m[0].length;
  return { sourceText: m[0], sourceType: 'document', sourceStart: start, sourceEnd: end, cueText: m[0], cueStart: start, cueEnd: end, name: m[1] };
}

/** Whether an attribution is an encyclopedia's reference marks (what referenceMarks finds): numbers only this page can resolve. */
export const isReferenceMark = (a: Attribution): boolean => a.sourceType === 'document' && a.cueText === a.sourceText && a.sourceText.startsWith('[');

/**
 * The numbered references an encyclopedia closes a sentence with ("…treat malaria.[1]", "…ineffective.[3][4]"):
 * the sentence cites those documents. "[citation needed]" cites none (the unsourced flag shows it).
 */
export function referenceMarks(s: ParsedSentence): Attribution | null {
  // Asked of every sentence; almost none has a bracket.
  if (!s.text.includes('[')) return null;
  const t = s.tokens;
  const stop = t.findLastIndex((x) => /^[.!?]$/.test(x.text));
  const first = stop >= 0 && t[stop + 1]?.text === '[' ? stop + 1 : -1;
  if (first < 0 || pastReferences(t, first) !== t.length) return null;
  const numbered = t.slice(first).filter((x) => /^(?:\d{1,3}|[a-z])$/.test(x.text));
  if (!numbered.length) return null;
  const start = t[first].start;
  const end = t[t.length - 1].end;
  const marks = s.text.slice(start - s.start, end - s.start);
  return { sourceText: marks, sourceType: 'document', sourceStart: start, sourceEnd: end, cueText: marks, cueStart: start, cueEnd: end, name: `reference ${numbered.map((x) => x.text).join(', ')}` };
}
