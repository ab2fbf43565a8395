import { sexOfGivenName } from '../attribution/given-names';
import { countSpaced } from '../text/normalise';

/**
 * Page chrome that survives copy-and-paste from a news site: weather widgets,
 * datelines, navigation and "read more" links. Such lines are not claims.
 */
const CHROME_LINE: RegExp[] = [
  /^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$/i, // "21.5 C"
  /^(?:related|recent|recommended|more|popular|latest|trending|top|most read)(?: articles| stories| news| posts| reads| topics)?:?$|^more on this story$/i,
  /^(?:read more|read next|continue reading|see also|share(?: this)?(?: article)?|save|advertisement|subscribe(?: now)?|sign up|comments?|print|email|tweet|follow us|skip to (?:main )?content)\.?:?$/i,
  // A site's menu pasted on one line: "Home News Sport Weather iPlayer".
  /^(?:(?:home|news|sport|sports|weather|iplayer|sounds|bitesize|culture|travel|world|politics|business|opinion|tech|technology|science|health|entertainment|lifestyle|video|live|more|menu|search)\s*){3,}$/i,
  // A breadcrumb trail: "Home > World > Middle East", "News › UK".
  /^(?:[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2} ?[>›»] ?)+[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}$/u,
  // A page's buttons and labels: "Listen to this article", "5 min read", "Copy link", "Most viewed", "Story continues below advertisement".
  /^(?:listen to (?:this )?article(?:\s+\d+ min(?:ute)?s?)?|\d{1,2} min(?:ute)?s? read|copy link|reuse this content|most (?:viewed|read|popular)|join the conversation|download (?:the|our) app|sign up for free|click here to subscribe|story continues (?:below|after) (?:this )?(?:advertisement|ad))\.?$/i,
  // A paywall: "Subscribe to continue reading.", "Already a subscriber? Log in".
  /^(?:(?:subscribe|sign up|log in|sign in|register) to (?:continue|keep) reading\b[^.!?]{0,40}|already a (?:subscriber|member)\?\s*(?:log|sign) in)\.?$/i,
  // When the page was loaded, not when the story was published: "10 hours ago".
  /^\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago$/i,
  // "Image caption,", "Image source, Getty Images": a picture's labels.
  /^(?:image|photo|media|video) (?:caption|source|credit)s?\b/i,
  /^(?:home|news|world|politics|business|opinion|sports?|culture|lifestyle|travel|science|tech|technology|health|environment|entertainment|money|video|podcasts|newsletters|menu|search|log ?in|sign in)$/i,
  // ("Privacy Policy Feedback", "Share or comment on this article:", "Suggested Topics:": a page's links; "CNN values your
  // feedback⏎1. How relevant is this ad to you?": an advert's survey.)
  // ("NEWYou can now listen to Fox News articles!": the offer to hear the page read.)
  /^(?:privacy policy(?: feedback)?|terms (?:of use|and conditions)|share or comment on this article:?|add comment|view comments|suggested topics:?|[\w ]{2,20} values your feedback|\d\.\s*how relevant is this ad to you\?|(?:new)?\s*you can now listen to [\w ]{2,30} articles!?)$/i,
  // A weather widget's line: "Monday, Mar 3rd 2025 9AM 8°C 12PM 11°C 5-Day Forecast".
  /^[^.!?]{0,60}\b\d{1,2}\s?°\s?[CF]\b[^.!?]{0,60}$/,
  // ("World News", "US News", "Search Query", "Submit Search": a menu's items and its search box.)
  /^(?:(?:world|us|u\.s\.|uk|local|national|international|business|tech|science|health|entertainment) news|search query|(?:submit|show|open|close) search|(?:open|close) menu)$/i,
  // A link home under the site's name, a plea to support it, the age of the story: "The Guardian - Back to home",
  // "Support the Guardian", "This article is more than 1 month old", "Explore more on these topics".
  /^[^.!?]{2,40}\s[-–—|]\s(?:back to )?home$|^[^.!?]{2,40}\slogo$|^support (?:us|the \p{Lu}[\p{L} ]{1,30})$|^this (?:article|story) is more than \d+ (?:days?|weeks?|months?|years?) old$|^explore more on (?:these|this) topics?$/iu,
  // A summary's label over its bullets: "Key points:", "At a glance".
  /^(?:the )?(?:key (?:points|facts|takeaways)|at a glance|in brief|quick facts|what we know)\s*:?$/i,
  /^(?:photo|image|video|credit)s?:/i,
  // Photo credits: "(Reuters)", "Getty Images", "AP Photo/Evan Vucci", "REUTERS/Yara Nardi"; "Reuters" alone names the outlet.
  /^\((?:getty images|ap photo|reuters)[^)]*\)$/i,
  /^(?:getty images|ap photo)\b[^.!?]*$/i,
  /^reuters\s*\/\s*\S[^.!?]*$/i,
  // A wire between slashes, closing a Russian wire's dateline: "/TASS/.".
  /^\/[A-Z][\w-]{1,20}\/\.?$/,
  /^["“]?follow [\w .'’-]{1,40} on (?:twitter|facebook|instagram|x)\b/i, // "Follow Pam Key on Twitter @pamkeyNEN."
  // A copyright notice: "Copyright 2026 by WESH. All rights reserved.", "© 2026 Reuters".
  /^(?:copyright\b|©|\(c\)\s*\d{4})[^.!?]{0,60}\.?$|^all rights reserved\.?$/i,
  // A comment section's notice: "The comments below have not been moderated."
  /^the (?:comments|views expressed) (?:below|in the contents above)\b[^.]{0,60}\.?$/i,
  // A newsletter's sign-off and its mailing links: "Thanks for reading.", "Forward this to a friend!".
  /^(?:thanks? (?:you )?for reading|forward this(?: email| newsletter)? to a friend|unsubscribe|view (?:this email )?in (?:your )?browser|manage (?:your )?(?:subscription|preferences))\b[^.!?]{0,30}[.!]?$/i,
  // A short line pointing to a link: "Find AP Fact Checks here: https://apnews.com/APFactCheck."
  /^[^.!?]{0,80}:\s*https?:\/\/\S+$/i,
];

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && ((t.length < 60 && CHROME_LINE.some((re) => re.test(t))) || (t.length < 300 && CHROME_SENTENCE.some((re) => re.test(t))));
}

/** Longer notices a site prints around every story: a newsletter's pitch, a disclaimer of links, a note on affiliate links. */
const CHROME_SENTENCE: RegExp[] = [
  // "Follow her on Twitter at @liz_elkind and send tips to…": the writer's handles under their note.
  /^follow (?:him|her|them|me|us) on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin)\b/i,
  // "Sign up for our morning newsletter and get BBC News in your inbox.", "Subscribe to our daily newsletter…"
  // ("Sign up to Down to Earth, our free weekly newsletter about the environment.": the newsletter by its name.)
  /^(?:sign up|subscribe|register) (?:for|to|now for) (?:(?:our|the|a) [^.!?]{0,40}|[^.!?]{0,60}\b(?:our|a|the) [^.!?]{0,30})\b(?:newsletter|briefing|email|alerts?)\b[^.!?]{0,80}[.!]?$/i,
  // A newsletter's own pitch: "Subscribe for free to receive new posts and support my work."
  /^subscribe (?:for free|now) to (?:receive|get|support)\b[^!?]{0,80}[.!]?$/i,
  // "The BBC is not responsible for the content of external sites.", "Read about our approach to external linking."
  /^[^.!?]{0,40} (?:is|are) not responsible for the content of external (?:sites|websites|internet sites)\.?$|^read about our approach to external linking\.?$/i,
  // A plea to pass the page on: "Share this before it gets deleted!", "Please share far and wide."
  /^(?:please )?share (?:this|it)(?: post| article| video| story)?(?:\s+(?:before|now|with|far and wide|everywhere|widely)\b[^.!?]{0,60})?[.!]*$|^please share(?: far and wide| widely)?[.!]*$/i,
  // A live blog's greeting and its writer's hand-over: "Good morning and welcome to our live coverage of…", "I'm Tom
  // Ambrose and I'll be bringing you the latest updates."
  /^(?:(?:good (?:morning|afternoon|evening)|hello)(?:,|!|\.)?\s+(?:and\s+)?)?(?:welcome(?: back)?|hello)(?: again)?,? to (?:our|the|today['’]s|this) (?:[\w-]+ ){0,2}(?:coverage|blog|updates)\b[^!?]{0,120}[.!]?$/i,
  /^I['’]m \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+,? and I['’]ll be (?:bringing|taking|guiding|keeping) you\b[^!?]{0,80}[.!]?$/u,
  // A cookie banner: "We use cookies to improve your experience.", "This site uses cookies. By continuing…".
  /^(?:we use cookies|this (?:site|website) uses cookies|by continuing to (?:use|browse) (?:this|our) (?:site|website))\b[^!?]{0,120}$/i,
  // A paper's call for letters under its comment pieces: "Do you have an opinion on the issues raised in this article? If
  // you would like to submit a response of up to 300 words by email…, please click here."
  // (Or under its letters: "Have an opinion on anything you've read in the Guardian today? Please email us your letter…".)
  /^do you have an opinion on the issues raised in this article\?(?:\s+if you would like to submit a (?:response|letter)\b[^!?]{0,200})?$|^if you would like to submit a (?:response|letter) of up to \d+ words\b[^!?]{0,200}$/i,
  /^(?:do you )?have an opinion on anything you['’]ve read in [^?]{1,40}\?(?:\s+please (?:email|send) us your letter\b[^!?]{0,200})?$|^please (?:email|send) us your letter\b[^!?]{0,200}$/i,
  // A paywall's notice: "This article is for subscribers only.", "To continue reading this article, please subscribe."
  /^this (?:article|story|content) is (?:only )?(?:for|available to|exclusive to) (?:subscribers|members)(?: only)?\.?$|^to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|sign in|log in|register)\b[^!?]{0,80}$/i,
  // A link to another story under a label: "Read more: Storm Bert - what are the weather warnings?", "RELATED: …".
  /^(?:read more|read next|also read|related|see also|more on this|watch|listen)\s*[:|]\s*\S[^]{0,200}$/i,
  // A plea for money: "Support our journalism.", "Become a member today.", "Donate now."
  /^(?:please )?(?:support|fund|back) (?:our|independent|quality|local|public[- ]interest) (?:journalism|reporting|newsroom)\b[^!?]{0,80}[.!]?$|^(?:become a (?:member|supporter|patron)|donate (?:now|today))\b[^!?]{0,60}[.!]?$/i,
  // An author's note on who funds them, under an academic's piece: "Disclosure statement: … has received funding from…";
  // or on what they hold, under a blogger's stock tip: "Disclosure: I have no position in TSLA."
  /^disclosure(?: statement)?\s*:/i,
  // The paper a science story reports, under it: "More information: Janet Voight et al, …, PeerJ (2024). DOI: 10.7717/…".
  /^(?:more information|journal information|doi)\s*:\s*\S/i,
  // "Get the latest news delivered to your inbox."
  /^get the (?:latest|best|top) (?:news|headlines|stories)\b[^.!?]{0,60}\b(?:to|in) your inbox[.!]?$/i,
  // A trading tip's disclaimer: "This is not financial advice.", "Always do your own research."
  /^(?:this is )?not (?:financial|investment) advice[.!]?$|^(?:always )?do your own research[.!]?$/i,
  // "This article contains affiliate links…", "We may earn a commission when you buy through links on our site."
  /^(?:this (?:article|story|page) (?:contains|may contain|includes) affiliate links|we may (?:earn|receive) (?:a )?commission)\b[^!?]{0,120}$/i,
];

/** A trailing "read more" link glued to a paragraph, as blogs paste it. */
export const TRAILING_READ_MORE = /\s*\bread more\.?\s*$/i;

const NAMES = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*`;
/** A name, and where they filed from: "Danica Coto in San Juan, Puerto Rico". */
const NAMED_IN = String.raw`${NAMES}(?: in ${NAMES}(?:, ${NAMES})?)?`;
/**
 * Who reported the article, as news sites close it: "Bryant Rousseau and
 * Caryn Wilson contributed reporting.", "Additional reporting by Jane Doe.",
 * "Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler from
 * Kaneohe Bay, Hawaii." A credit for the article, not a claim in it.
 */
const CREDIT_LINE: RegExp[] = [
  // ("Associated Press writers Lisa Mascaro and Farnoush Amiri contributed to this report.", "… writers Danica Coto in
  // San Juan, Puerto Rico, and Evens Sanon in Port-au-Prince, Haiti, contributed to this report.")
  new RegExp(String.raw`^(?:${NAMES} (?:writers?|reporters?|correspondents?|journalists?) )?${NAMED_IN}(?:,? (?:and )?${NAMED_IN})*,? contributed(?: reporting| to this (?:report|article|story))?(?: from [\p{L} ,.'’-]+)?\.?$`, 'u'),
  // ("(Reporting by Ron Bousso in London; Editing by Jason Neely)", as Reuters closes a story.)
  new RegExp(String.raw`^\(?(?:additional )?reporting by ${NAMES}`, 'iu'),
  // Only names and places: "reported from Kabul that the talks failed" is a claim.
  new RegExp(String.raw`^${NAMES}(?: and ${NAMES})* reported from ${NAMES}(?:,? (?:and )?(?:${NAMES}(?: and ${NAMES})* from )?${NAMES})*\.?$`, 'u'),
  // ("This article was produced by the Reuters Fact Check team.", "This story has been updated.")
  /^This (?:article|story) (?:was|has been) (?:produced|updated|amended|corrected)\b[^.]{0,80}\.?$/,
];

/**
 * A byline on its own line: "By Maria Rossi", "By: *Tomorrow's Affairs
 * Staff*", "BY JOHN SMITH, Associated Press", "By Helen Branswell | STAT |
 * June 3, 2024"; not a sentence that opens with "By the end…" or "By any
 * definition, …".
 */
export function isBylineLine(line: string): boolean {
  const t = line.trim().split(BYLINE_SEPARATOR)[0].replace(/^[*_]+/, '');
  const lead = BYLINE_LEAD.exec(t);
  // ("From Kathryn Armstrong and Tom Bennett": each name opening on a given name, not "From Hong Kong and New York".)
  if (lead?.[0].trim() === 'From') return t.slice(lead[0].length).split(/, | and /).every((name) => sexOfGivenName(name.split(' ')[0]) !== 'unknown');
  // ("By political reporter Tom Lowrey": a post in lower case before the name.)
  const named = lead && /^[*_]*(?:\p{Lu}|(?:\p{Ll}+\s+){0,3}(?:reporter|correspondent|editor|writer)\s+\p{Lu})/u.test(t.slice(lead[0].length));
  // ("By Rebecca English, Royal Editor For The Daily Mail": longer when it is all names and posts in capitals.)
  const capitalised = (credit: string) => countSpaced(credit) <= 12 && CAPITALISED_CREDIT.test(credit.trim());
  return (!!named && (countSpaced(t) <= 8 || capitalised(t.slice(lead[0].length)))) || (/staff/i.test(t) && STAFF_CREDIT.test(t.replace(/[*_]+$/, '')));
}

/** Names and posts in capitals, with the small words between them: "Rebecca English, Royal Editor For The Daily Mail". */
const CAPITALISED_CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*,?|of|for|the|and|at)(?: (?:\p{Lu}[\p{L}.'’-]*,?|of|for|the|and|at))*$/u;

/**
 * A credit to the paper's staff without "By": "Camarillo Acorn staff", "Times staff writer", "From staff reports", "Staff and
 * agencies", "Guardian staff and agencies".
 */
const STAFF_CREDIT = /^(?:(?:[Ff]rom\s+)?[Ss]taff\s+[Rr]eports?|[Ss]taff\s+and\s+[Aa]gencies|(?:\p{Lu}[\p{L}.&'’-]*,?\s+){1,4}(?:[Ss]taff|STAFF)(?:\s+(?:[Ww]riters?|[Rr]eporters?|WRITER|REPORTER)|\s+and\s+(?:agencies|wires))?)$/u;

/** A writer's name in full: "Kathryn Armstrong", "Mary Ann Smith". */
const FULL_NAME = String.raw`(?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+`;
/**
 * What opens a byline before the name: "By", "By:", "Posted by", "Written by"; or "From" before writers' names alone, as
 * a live page credits them ("From Kathryn Armstrong and Tom Bennett").
 */
export const BYLINE_LEAD = new RegExp(
  String.raw`^\s*(?:(?:(?:[Pp]osted|[Ww]ritten|[Ww]ords|[Ss]tory|POSTED|WRITTEN|WORDS|STORY) )?(?:[Bb][Yy]):?|From(?= ${FULL_NAME}(?:(?:, | and )${FULL_NAME})+\s*$))\s+`,
  'u',
);

/** What separates a byline from the outlet and date printed beside it: "By Helen Branswell | STAT | June 3, 2024". */
export const BYLINE_SEPARATOR = /\s+[|·•]\s+/;

/** What a press release calls itself at its top: "Press release", "FOR IMMEDIATE RELEASE". */
export const PRESS_RELEASE_LABEL = 'press release|news release|media release|for immediate release';

/** A press release's label at its top ("Press release, 3 March 2026", "FOR IMMEDIATE RELEASE") or a newswire's mark. */
const RELEASE_MARK = new RegExp(String.raw`^\s*(?:${PRESS_RELEASE_LABEL})\b|/PRNewswire/|\(BUSINESS WIRE\)|GLOBE NEWSWIRE`, 'im');
/** What only a press release ends with: "ENDS" or "###" on a line of its own, notes to editors, the media contacts. */
const RELEASE_END = /^\s*(?:-*\s*ENDS\s*-*|#{3})\s*$|^\s*(?:notes? (?:to|for) editors|(?:media|press) (?:contacts?|enquiries|inquiries))\b/im;
export const isPressRelease = (text: string): boolean => RELEASE_MARK.test(text.slice(0, 600)) || RELEASE_END.test(text.slice(-1500));

/** The heading of a press release's closing note on who issued it: "About Acme Robotics", "About the Trust". */
const ABOUT_HEADING = /^About (?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}$/gmu;

/** The heading of a release's legal notice on its forecasts: "Forward-Looking Statements", "Safe Harbor Statement". */
const FORECAST_NOTICE_HEADING = /^(?:Cautionary (?:Note|Statement)s?(?: Regarding)? )?(?:Forward[- ]Looking Statements?|Safe Harbou?r Statement)s?$/im;

/**
 * Where a press release's closing notes start: on its issuer ("About Acme Robotics ⏎ Acme builds robots that…") or on
 * its forecasts ("Forward-Looking Statements ⏎ This press release contains…"), the boilerplate every release of the
 * body repeats, not news; -1 for any other text.
 */
export function releaseNoteStart(text: string): number {
  if (!isPressRelease(text)) return -1;
  const starts = [[...text.matchAll(ABOUT_HEADING)].at(-1)?.index, FORECAST_NOTICE_HEADING.exec(text)?.index].filter((i): i is number => i !== undefined);
  return starts.length ? Math.min(...starts) : -1;
}

/**
 * The note on the writer that closes an opinion piece: "Mark Hensley is a
 * former Treasury official and a senior fellow at the Hoover Institution.",
 * "— Jane Doe is a columnist for The Times." Asked of the article's last line
 * only, and only when the body never names the person (a byline may): a
 * story's own sentence about someone it quoted reads the same. A post that
 * is no writer's ("director", "professor") counts only for the byline's name.
 */
const AUTHOR_NOTE = new RegExp(
  String.raw`^(?:[—–-]\s*)?[*_]*(?:\p{Lu}[\p{L}.'’-]+ )+?(\p{Lu}[\p{L}'’-]+) (?:is|was|has been|writes|serves|served)\b(.{0,240})$`,
  'u',
);
/** The writer's note naming no one, as the FT prints it: "The author is president of Queens' College, Cambridge". */
const THE_AUTHOR_IS = /^(?:The|This) (?:authors?|writers?|columnist) (?:is|was|are|were|has been) (?:an?|the|president|chief|professor|director|editor|founder|former|senior|head|chair|author|co-author|partner|fellow)\b/;
const WRITER = /\b(?:columnist|contributor|contributing|writer|author|editor|fellow|journalist|reporter|correspondent|commentator)\b/;
const POST = /\b(?:professor|lecturer|former|director|host|president|chair|founder|minister|secretary|senator|MP|mayor|governor|ambassador|chief executive|councillor|congress(?:man|woman))\b/i;

const NAME_ALONE = /^(?:\p{Lu}[\p{L}.'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+$/u;
/** A writer's name alone on its line, as an op-ed prints it under the headline: "Polly Hart". */
export const isNameAlone = (line: string): boolean => NAME_ALONE.test(line.trim());

export function isAuthorNote(lastLine: string, text: string): boolean {
  const t = lastLine.trim();
  // ("The author is president of Queens' College, Cambridge": the FT's note, naming no one.)
  if (t.length < 300 && THE_AUTHOR_IS.test(t)) return true;
  const [, surname, rest] = t.length < 300 ? (AUTHOR_NOTE.exec(t) ?? []) : [];
  if (!surname || text.trim() === t) return false;
  const elsewhere = text.split('\n').filter((l) => l.includes(surname) && l.trim() !== t);
  // (An op-ed prints the writer's name alone under its headline: "Polly Hart".)
  if (!elsewhere.every((l) => isBylineLine(l) || isNameAlone(l))) return false;
  return WRITER.test(rest) || (elsewhere.length > 0 && POST.test(rest));
}

/**
 * An editor's note's sentence about the article: "Correction: An earlier version of this article misstated…",
 * "Editor's note: This story has been updated…". What the note goes on to state ("It was first declared by
 * Nixon") is a claim like any other.
 */
export function isEditorsNote(line: string, sentence: string): boolean {
  const t = line.trim();
  return t.length < 500 && /^(?:corrections?|clarifications?|editor['’]?s note)\s*(?:\([^)]{1,40}\))?\s*[:—–-]\s/i.test(t) && ABOUT_THE_ARTICLE.test(sentence);
}
const ABOUT_THE_ARTICLE = /\b(?:this (?:article|story|report|piece|headline|post)|an earlier version|a previous version)\b/i;

/**
 * A photo's caption ending in its credit: "Firefighters battle a blaze near Athens. Photograph: Louisa Gouliamaki/Reuters",
 * "Tourists cool off in Madrid. Pic: Reuters".
 */
const CAPTION_CREDIT = /(?:^|[.!?]\s+)(?:Photograph|Photo|Picture|Pic|Image|Illustration|Video|Composite)s?(?: by)?:?\s+[\p{Lu}][^.!?]{1,80}$/u;

/** A picture's caption set in brackets inside the text: "(Pictured: Kate in Cardiff on Wednesday)". */
export const isBracketedCaption = (sentence: string): boolean => /^\((?:pictured|above|below|left|right|top|inset|main picture)\b[^()]{0,300}\)\.?$/i.test(sentence.trim());

/** A picture's credit run on after its caption, as NBC prints it: "…on Tuesday.Rabih Daher / AFP via Getty Images". */
const AGENCY_CREDIT = /[.!?]\s*\p{Lu}[\p{L}'’. -]{1,40}\s*\/\s*(?:AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Getty Images|Bloomberg|Shutterstock|Alamy|PA(?: Wire)?|Anadolu|Xinhua|NurPhoto|SOPA Images|Zuma Press|UPI|Pool|The New York Times|The Washington Post|NBC News|CNN)(?: via Getty Images| file)?$|\bvia Getty Images$/u;

export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  return t.length < 400 && ((/Photo|Picture|Pic|Image|Illustration|Video|Composite/.test(t) && CAPTION_CREDIT.test(t)) || AGENCY_CREDIT.test(t));
}

/** The words every credit holds: the patterns, which try names from every capital, run only where one stands. */
const CREDIT_WORD = /contributed|reporting by|reported from|^This (?:article|story)/i;

export function isCreditLine(line: string): boolean {
  const t = line.trim();
  return t.length < 240 && CREDIT_WORD.test(t) && CREDIT_LINE.some((re) => re.test(t));
}

/**
 * A dateline opening a story: a place in capitals, a region or a date after
 * it ("LONDON, May 5", "PORT SUDAN, Nov 18, 2026"), the wire in brackets when
 * one is credited (as press releases print it: "SEATTLE, Oct. 24, 2026 /PRNewswire/ --", "SEATTLE--(BUSINESS WIRE)--"), and a
 * dash ("BOLOGNA, Italy (AP) —", "WASHINGTON —"); or,
 * with no place, a day and the wire ("Nov 20 (Reuters) -"); or an Indian wire's, a place in title case, the day and the
 * wire, no dash ("Mumbai, Mar 4 (PTI) The police…"); or a Russian wire's, the day closed by a stop, then the wire
 * between slashes ("MOSCOW, November 28. /TASS/."). A date between dashes after a dash closes it too
 * ("CHICAGO (AP) — June 3, 2026 —").
 * Groups: what follows the place (or the day), the wire, that date; read them with `datelineParts`.
 */
export const DATELINE = /^(?:(?:\p{Lu}{2}[\p{Lu}\p{M} .'’/-]+?((?:,\s*[\p{L}\p{N}. ]{2,30}){0,3})\s*(?:(?:--)?\(([^()]{2,30})\)\s*|\/([^/\s]{2,30})\/\s*)?|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)\s*\(([^()]{2,30})\)\s*)(?:—|–|--|-(?=\s|$))\s*(?:((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})\s*(?:—|–|--|-(?=\s))\s*)?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)\s*\((PTI|IANS|ANI|UNI)\)(?:\s+(?=\p{Lu})|\s*$)|\p{Lu}{2}[\p{Lu}\p{M} .'’-]+?(,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\.(?:\s*\/([^/\s]{2,30})\/\.?)?(?:\s+(?=\p{Lu})|\s*$))/u;

/** What a dateline's match gives, whichever form: the words after the place (or the day) and the date between dashes, and the wire. */
export const datelineParts = (m: RegExpExecArray): { after: string; wire: string | undefined } => ({
  after: [m[1] ?? m[4] ?? m[7] ?? m[9], m[6]].filter(Boolean).join(' '),
  wire: m[2] ?? m[3] ?? m[5] ?? m[8] ?? m[10],
});
