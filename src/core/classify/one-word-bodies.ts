import { escapeRegExp } from '../text/patterns';
import type { AnalysedSentence } from './analyse-article';

/** A legal form after a name: "Tesla Inc", "Ford Motor Co." (one word between at most). */
const LEGAL_FORM = String.raw`(?:\s+\p{Lu}\p{L}+)?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV|Holdings)\b`;
/** What only a body has: "Tesla's shares", "Tesla's head of vehicle engineering", "a Boeing spokesperson" (a person's first name would be given). */
const BODY_PART = String.raw`(?:\s+(?:spokesperson|spokesman|spokeswoman)\b|['’]s\s+(?:shares|stock|share price|market value|shareholders|employees|workers|staff|executives|customers|headquarters|board|chief executive|CEO|founder|co-founder|factory|factories|plants?|stores|vehicles|cars|products|revenue|profits?|sales|earnings|head of)\b)`;
/** The same, before it: "shares of Tesla", "the chief executive of Wedbush". */
const PART_OF_BODY = String.raw`\b(?:[Ss]hares|[Ss]tock|[Ss]take|[Ss]hareholders|[Ee]mployees|[Ww]orkers|[Ss]taff|[Ee]xecutives|[Hh]eadquarters|[Cc]hief executive|CEO|[Ff]ounder|[Cc]o-founder)\s+(?:of|at|in)\s+`;
/** A body's trade in an apposition or before the name: "Tesla, the electric-car maker", "chipmaker Nvidia". */
const TRADE = String.raw`(?:company|maker|firm|group|giant|retailer|carrier|bank|chain|startup|manufacturer|automaker|carmaker|chipmaker|drugmaker|insurer|airline|operator|provider|platform|developer|publisher|lender|conglomerate|brokerage)`;

/** Whether the text speaks of `word` as a company anywhere. */
function isBodyIn(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  const evidence = [
    `\\b${w}${LEGAL_FORM}`,
    `\\b${w}${BODY_PART}`,
    `${PART_OF_BODY}${w}\\b`,
    `\\b${w}\\s+(?:shares|stock)\\b`,
    `\\b${w},\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?${TRADE}\\b`,
    `\\b${TRADE}\\s+${w}\\b`,
  ];
  return new RegExp(evidence.join('|'), 'u').test(text);
}

/**
 * One capitalised word a sentence types a person ("Tesla did not respond",
 * "Toyota recalled") that the article never gives a first name, and elsewhere
 * speaks of as a company ("Tesla's head of vehicle engineering", "shares of
 * Toyota"), is that company: nothing in the sentence itself tells.
 */
export function resolveOneWordBodies(text: string, sentences: AnalysedSentence[]): void {
  const verdicts = new Map<string, boolean>();
  for (const a of sentences.flatMap((s) => s.attributions)) {
    if (a.sourceType !== 'person' || !a.name || a.role || !/^\p{Lu}[\p{L}-]+$/u.test(a.name) || a.sourceText.trim() !== a.name) continue;
    if (!verdicts.has(a.name)) verdicts.set(a.name, isBodyIn(text, a.name));
    if (verdicts.get(a.name)) a.sourceType = 'organisation';
  }
}
