import type { AnalysedSentence } from './analyse-article';

/** Words for a body's trade: "the electric-car maker", "chipmaker", "the regulator Ofwat". */
const TRADE_WORDS = '(?:company|maker|firm|group|giant|retailer|carrier|bank|chain|startup|manufacturer|automaker|carmaker|chipmaker|drugmaker|insurer|airline|operator|provider|platform|developer|publisher|lender|conglomerate|brokerage|regulator|watchdog|charity|union|consultancy|broadcaster|supermarket|supplier|utility|service|society)';

/** "its" or "it" doing business, in what a body said: "said its revenue rose", "said it would close stores" (not "said it was over"). */
const ITS_BUSINESS = String.raw`(?:its\s|it\s+(?:plans|expects|intends)\b|it\s+(?:would|will|had|has|was|is)\s+(?:not\s+)?(?:appeal|comply|contest|cut|close|sell|buy|hire|invest|raise|launch|expand|open|recall|pay|shut|acquire|plan|eliminate|axe|slash|reduce|build|relocate|suspend|halt|resume|spend|cutting|closing|selling|buying|hiring|investing|raising|launching|expanding|opening|recalling|paying|acquiring|planning|eliminating|axing|slashing|reducing|building|relocating|suspending|halting|resuming|spending)\b)`;

/**
 * What may follow the name of a body and only a body: a legal form ("Tesla
 * Inc", "Ford Motor Co."), the kind of body it names ("Glastonbury Festival", "Harvard University", "Barratt Homes"), what it owns or employs ("Tesla's shares",
 * "Tesla's head of vehicle engineering", "Apple's senior vice president", "a Boeing spokesperson": a person's
 * first name would be given), its trade in apposition ("Tesla, the
 * electric-car maker"), a "which" clause after it ("Meta, which owns Facebook"; a person takes "who"; "…for Clinton, which is a problem" is about the clause), itself as "it" doing business in what it said, its
 * results ("Nvidia expects revenue of…", "Tesla on Wednesday reported quarterly profits"), its staff by their trade
 * ("Moneyfacts finance expert Rachel Springall"), its data ("Rightmove's latest figures").
 */
const AFTER = new RegExp(
  String.raw`^(?:(?:\s+\p{Lu}\p{L}+)?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV|Holdings)\b|\s+(?:Festival|University|College|Council|Foundation|Institute|FC|United|Rovers|Hospital|Museum|Airport|Homes|Group|Energy|Airways|Airlines|Motors|Foods|Media|Pharmaceuticals|Technologies|Insurance|Retail|Stores)\b|\s+(?:spokesperson|spokesman|spokeswoman|stock)\b|\s+shares\b(?!\s+(?:an?|the|his|her|their|its|this|that|rare|new|first|sweet|emotional|heartfelt|throwback|photos?|pictures?|videos?|snaps?|clips?|news|details|update|message|tribute|thoughts)\b)|\s+(?:[\p{Ll}-]+\s+){1,2}(?:expert|analyst|economist|director|strategist|researcher)\s+\p{Lu}|['’]s\s+(?:(?:annual|quarterly|latest|full-year|net|operating|global|own)\s+)?(?:data|figures|(?:house\s+price\s+)?index|survey|shares|stock|share price|market value|shareholders|employees|workers|staff|executives|customers|headquarters|board|chief executive|CEO|(?:senior\s+|executive\s+)?vice[\s-]president|president\s+of|chief\s+[\p{L}-]+\s+officer|chairman|chairwoman|founder|co-founder|factory|factories|plants?|stores|vehicles|cars|products|revenue|profits?|sales|earnings|head of)\b|,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?${TRADE_WORDS}\b|,\s+which\s+(?!(?:is|was|means|meant)\b)|\s+(?:said|says|announced|confirmed|expects|expected|reported)\s+(?:(?:on|in)\s+\p{Lu}\p{L}+\s+|last\s+\p{L}+\s+)?(?:that\s+)?${ITS_BUSINESS}|\s+(?:on\s+\p{Lu}\p{L}+\s+)?(?:(?:has|have|had)\s+)?(?:expects|forecast|forecasts|reported|posted|reports|posts)\s+(?:[\w-]+\s+){0,3}?(?:revenue|sales|profits?|earnings|losses?|income)\b)`,
  'u',
);
/** What may stand before it: "shares of Tesla", "the chief executive of Wedbush", "chipmaker Nvidia", "data from Zoopla". */
const BEFORE = new RegExp(
  String.raw`(?:\b(?:[Dd]ata|[Ff]igures)\s+(?:from|by)|\b(?:[Ss]hares|[Ss]tock|[Ss]take|[Ss]hareholders|[Ee]mployees|[Ww]orkers|[Ss]taff|[Ee]xecutives|[Hh]eadquarters|[Cc]hief executive|CEO|[Ff]ounder|[Cc]o-founder)\s+(?:of|at|in)|\b${TRADE_WORDS})\s+$`,
  'u',
);

/**
 * Whether the text speaks of `word` as a company anywhere ("Apple's shares", "shares in Tesla", "BP plc"): only
 * the few places the word stands are read, not the whole text once a pattern.
 */
export function isBodyIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (AFTER.test(text.slice(end, end + 80)) || BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/**
 * One capitalised word a sentence types a person ("Tesla did not respond",
 * "Toyota recalled") that the article never gives a first name, and elsewhere
 * speaks of as a company ("Tesla's head of vehicle engineering", "shares of
 * Toyota"), is that company: nothing in the sentence itself tells. So is one
 * that only declines to comment ("Apple declined to comment") with no title
 * anywhere: a person the story quotes by surname alone would have been named.
 */
export function resolveOneWordBodies(text: string, sentences: AnalysedSentence[]): void {
  const all = sentences.flatMap((s) => s.attributions);
  const bare = all.filter((a) => a.sourceType === 'person' && !!a.name && !a.role && /^\p{Lu}[\p{L}-]+$/u.test(a.name) && a.sourceText.trim() === a.name);
  // ("Benfica are reluctant to sell and had initially demanded…": a name the article reads as a body once is one throughout.)
  const bodies = new Set(all.filter((a) => a.sourceType === 'organisation' && !!a.name && !a.inherited && a.sourceText.trim() === a.name).map((a) => a.name!));
  // ("Chelsea boss Enzo Maresca… Chelsea would be willing": so is one named as someone's body.)
  for (const a of all) if (a.organisation && !a.inherited) bodies.add(a.organisation);
  for (const a of bare) {
    if (bodies.has(a.name!)) continue;
    if (isBodyIn(text, a.name!) || (NO_COMMENT.test(text.slice(a.cueStart, a.cueStart + 40)) && !titledIn(text, a.name!))) bodies.add(a.name!);
  }
  // (Every mention: "Apple on Tuesday unveiled…" is the company that later "did not respond".)
  for (const a of bare) if (bodies.has(a.name!)) a.sourceType = 'organisation';
}

/** Declining to comment, as companies do in every story about them: "Apple declined to comment", "did not immediately respond". */
const NO_COMMENT = /^(?:declined|refused) to comment|^did not (?:immediately )?respond/;
/** Whether a title ever stands before the name: "Mr Apple" would be a person. */
const titledIn = (text: string, name: string) => new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\\.?\\s+${name}\\b`).test(text);
