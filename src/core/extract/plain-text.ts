import { bylineOutlet, cleanByline, DESKS, type ExtractedArticle, fallbackTitle, isWriterName, knownOutletOrDesk, nameBeforePost, POST_ALONE, stripMarkup, WRITERS_TRADE } from './article';
import { BYLINE_LEAD, BYLINE_SEPARATOR, DATELINE, PRESS_RELEASE_LABEL, datelineParts, isAuthorNote, isBylineLine, isChromeLine, isEditorsNote, isNameAlone } from './boilerplate';
import { BYLINE_DATE, DATE_HEADER, DATE_LINE, findImpossibleDates, NAMED_DATE_LINE, readDate, UNKNOWN_DATE, weekdayIssue } from './dates';
import { sexOfGivenName } from '../attribution/given-names';
import { isKnownPlace } from '../attribution/place-names';
import { classifySource } from '../attribution/source-type';
import { resolveKnownOutlet } from '../provenance/outlets';
import { LEGAL_FORM, MASTHEAD_WORD } from '../attribution/words';

interface Line {
  text: string;
  start: number;
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim()) lines.push({ text: raw.trim(), start: start + raw.indexOf(raw.trim()) });
    start += raw.length + 1;
  }
  return lines;
}

/** Words in a line, counted up to `max + 1` at most: the checks below only ask "a few, or more?", and a pasted paragraph can be thousands of words. */
function wordsIn(s: string, max: number): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) if (++n > max) break;
  return n;
}
const BYLINE = new RegExp(`${BYLINE_LEAD.source}(.+)$`, 'u');
const OUTLET_PREFIX = /^([A-Z][\w.&'’ -]{1,40}?):\s+\S/;
/** A video's or a podcast's headline, labelled as a link to one would be: "WATCH: Moment car crashes into shop". */
const LABELLED_HEADLINE = /^(?:watch|listen)\s*:\s*\S/i;
/** A writer's name and the place they filed from, alone on a line: "Delphine Strauss in London". */
const FILED_FROM = /^(.+?) in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;

/** A dateline's date with its year ("Nov 18, 2026", "18 November 2026"); one without ("May 5") needs a clock to place. */
const DATELINE_DATE = /\b([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b/;
const DAY_WITHOUT_YEAR = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?![\d,])/;
/** A line marking a press release; its issuer's "About Northwind Energy" note closes it. */
const PRESS_RELEASE = new RegExp(`^(?:${PRESS_RELEASE_LABEL})$`, 'i');
const LABELLED_FIELD = /^(author|writer|written by|source|publication|publisher|outlet|newspaper)\s*:\s*(\S.{1,79})$/i;
/** The issuers a government page names over its date: "From: Home Office and The Rt Hon Yvette Cooper MP". */
const ISSUED_FROM = /^From:\s+(\p{Lu}[^@<>]{1,100})$/u;
/**
 * Where the next issuer starts: a minister ("and The Rt Hon Wes Streeting MP") or another body after a comma ("HM Treasury,
 * Department for Business and Trade"); a body's own "and" stays ("Department of Health and Social Care").
 */
const NEXT_ISSUER = /(?:,|\s+and)\s+(?=(?:The\s+)?Rt\.?\s+Hon\b)|,\s+(?=(?:HM|Department|Ministry|Office|Cabinet|Home|Foreign|Prime|The|UK|Government)\b)/;
const ABOUT_LINE = /^About (?:the )?(\p{Lu}[\p{L}\p{N}&.'’ -]{1,60})$/u;
const SELF_REFERENCE_VERB = / (?:has (?:learned|confirmed|obtained|reviewed|contacted|approached)|(?:has )?reached out to|can (?:exclusively )?reveal|understands)\b/;
/**
 * "U.S. News has learned", "The Sun can reveal", "The Sun Online has contacted See Tickets for comment": the outlet names
 * itself; the name is tried only where the verb is.
 */
const SELF_REFERENCE = new RegExp(String.raw`\b((?:[A-Z][\w.&'’-]*\s?){1,5}?)${SELF_REFERENCE_VERB.source}`);

/** A section's label over the headline, no publication's name: "Guest Essay", "Fact Check", "Letters to the Editor". */
const SECTION_LABEL = /^(?:Guest Essay|Guest Opinion|Opinion|Analysis|Comment|Editorial|Op-Ed|Column|Letters?(?: to the Editor)?|Explainer|Fact Check|Breaking News|Exclusive|Investigation|Obituary|Perspective|Commentary|News Analysis|First Person|Long Read|The Big Read|Special Report)$/i;

/**
 * A short first line with no sentence punctuation, followed by more text: a
 * publication's name, which is a known outlet or written in title case in two words or more
 * ("Prophecy Watch", "The Texas Tribune"); a short headline in sentence case
 * ("Markets slide", "Flooding forces thousands from homes") is none.
 */
function isOutletLine(text: string, hasMore: boolean): boolean {
  // ("axios.com": a site's address names it.)
  if (hasMore && /^[\w-]+\.(?:com|org|net|news|co\.uk)$/i.test(text.trim())) return true;
  // ("Greenfield Energy Inc.": a firm issuing its own release; the stop is its legal form's, not a sentence's.)
  const line = LEGAL_FORM.test(text.trim().split(/\s+/).at(-1) ?? '') ? text.trim().replace(/\.$/, '') : text;
  if (!hasMore || wordsIn(line, 5) > 5 || /[.!?:,;]$/.test(line) || /\d/.test(line) || !/^[A-Z]/.test(line) || PRESS_RELEASE.test(line.trim()) || SECTION_LABEL.test(line.trim())) return false;
  // (One unknown word is more likely the title: "Hydroxychloroquine" over an encyclopedia's text; not one with a
  // brand's capital inside it, "TechPulse", "BuzzFeed".)
  return !!resolveKnownOutlet(line) || /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(line.trim()) || (wordsIn(line, 2) > 1 && line.split(/\s+/).every((w) => /^(?:\p{Lu}|&|of|the|and|for|on|in|at)/u.test(w)));
}

/** A section run on before the headline, no space at the bar: "U.S.|", "World|". */
const SECTION_KICKER = /^\p{Lu}[\p{L}.& -]{0,24}\|(?=\S)/u;

/** More words than a subtitle holds: a paragraph of the story. */
const PARAGRAPH_WORDS = 40;

/** How many lines that are no chrome the headline, byline and date are looked for in. */
const TOP_LINES = 12;
/** The lines at the top of a page, up to the twelfth that is no chrome (a site's menu may take twenty lines over the headline). */
function linesAtTop<T extends { text: string }>(lines: T[]): T[] {
  let content = 0;
  const end = lines.findIndex((l) => !isChromeLine(l.text) && ++content > TOP_LINES);
  return end < 0 ? lines : lines.slice(0, end);
}

/** The link home under a site's name, or its logo's label: "The Guardian - Back to home", "Reuters home", "NBC News Logo". */
const SITE_HOME = /^(.{2,40}?)(?:\s+[-–—|])?\s+(?:(?:back to )?home|logo)$/i;

/** A site's menu pasted one item a line, "World⏎US & Canada⏎UK": an item between two short lines, one of them chrome. */
function isMenuItem(lines: { text: string }[], i: number): boolean {
  const near = [lines[i - 1], lines[i + 1]].map((l) => l?.text.trim() ?? '');
  // (A known outlet's name is the masthead: "Skip to content⏎The New York Times⏎SKIP ADVERTISEMENT".)
  return !resolveKnownOutlet(lines[i].text.trim()) && near.every((l) => l && wordsIn(l, 4) <= 3 && !/[.!?:,]$/.test(l)) && near.some(isChromeLine);
}

/** A date on a line of its own, labelled or not: "Published 3 March 2026", "March 4, 2024". */
const isDateLine = (line: string | undefined) => !!line && (DATE_HEADER.test(line) || DATE_LINE.test(line));
/** A name where a byline would stand, over the line that dates the story: "Truth Health Watch⏎4 March 2026". */
const isNameOverDate = (name: string, date: string) => isOutletLine(name, true) && isDateLine(date);

/** A body's or a publication's name over the line that dates the story: "Truth Health Watch⏎4 March 2026". */
const isBodyOverDate = (name: string, date: string | undefined) =>
  !!date && isNameOverDate(name, date) && (['organisation', 'outlet'].includes(classifySource(name).type) || isMediaName(name));

/** A headline: a line of a few words with no final full stop. */
function isHeadline(line: string): boolean {
  const n = wordsIn(line, 25);
  return n >= 3 && n <= 25 && !/[.:;,]$/.test(line);
}

/** Wires known by letters that mean other things outside a dateline or a byline's place ("PTI" is also a party). */
const WIRE_LETTERS: Record<string, string> = { PTI: 'Press Trust of India', AAP: 'Australian Associated Press', PA: 'PA Media' };
const knownWire = (name: string) => resolveKnownOutlet(WIRE_LETTERS[name] ?? name);

/** A paper's desk signing a story: "Political Staff", "City Desk", "Showbiz Reporter". */
const DESK = new RegExp(String.raw`^(?:the\s+)?(?:${DESKS})(?:\s+(?:news|affairs))?\s+(?:staff|desk|team|editors|newsroom|reporters?|correspondents?)$`, 'i');

/** A paper's name alone under its reporter's: "Manchester Evening News", "The Northern Echo", "Oxford Mail". */
const MASTHEAD_LINE = new RegExp(String.raw`^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:${MASTHEAD_WORD}|News|Press|Independent|Record|Weekly|Daily)$`, 'u');

/** A name only an outlet has, signing a story: "Patriot Truth Network", "Daily Wire", "Bristol Post". */
const MEDIA_NAME = new RegExp(String.raw`^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${MASTHEAD_WORD}|News|Network|Media|TV|Radio|Daily|Wire|Blog|Monitor|Digest|Insider)$`, 'u');
/** (Not a person's name that closes on such a word, "John Post", "Mary Star"; a place's is a paper's, "Bristol Post".) */
function isMediaName(name: string): boolean {
  const words = name.replace(/^The\s+/, '').split(' ');
  return MEDIA_NAME.test(name) && (words.length > 2 || isKnownPlace(words[0]) || sexOfGivenName(words[0]) === 'unknown');
}


/** A writer's post after the name, the words before the trade: "AP Business" of "…, AP Business Writer". */
const WRITERS_POST = new RegExp(String.raw`,\s*((?:\p{Lu}[\p{L}.&]*\s+){1,3})(?:${WRITERS_TRADE})$`, 'u');

/** The outlet a line alone under the byline names: a known one, with the place filed from or a desk after it, or a masthead. */
function outletUnderByline(line: string): { name: string } | null {
  // ("Chief football writer, BBC Sport": or after the writer's post; "…, BBC Sport at the Emirates Stadium": without where
  // it was filed from.)
  const afterPost = /,\s*([^,]+)$/.exec(line)?.[1].replace(/\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^,]*$/u, '');
  return knownOutletOrDesk(line) ?? resolveKnownOutlet(line.split(',')[0]) ?? (afterPost ? knownOutletOrDesk(afterPost) : null) ?? (MASTHEAD_LINE.test(line) ? { name: line } : null);
}

/** The outlet a name means: a known outlet's own name, else the name as written. */
const outletName = (name: string) => resolveKnownOutlet(name)?.name ?? name;

/** Names a clipping prints beside its date that are no publisher: "Press release", "Tech Desk", "Updated". */
const isNoPublisher = (name: string) => PRESS_RELEASE.test(name) || /^(?:statement|updated|published|posted|\w+ desk|opinion|analysis|comment)$/i.test(name);

/**
 * The writers a line names, alone under a headline: two to four names listed ("Alex Thompson, Barak Ravid"), or one
 * name with an academic post and where it is held ("Sarah Johnson, Senior Lecturer in Nutrition, University of Leeds"),
 * or with a writer's post ("Pippa Crerar Political editor").
 */
function writersListed(line: string): string | null {
  const names = line.trim().split(/\s*,\s*|\s+(?:and|&)\s+/);
  if (names.length >= 2 && names.length <= 4 && names.every(isWriterName)) return line.trim();
  const [name, post, ...rest] = line.trim().split(/\s*,\s*/);
  if (post && rest.length <= 1 && isWriterName(name) && ACADEMIC_POST.test(post)) return name;
  return nameBeforePost(line);
}
/** An academic's post: "Senior Lecturer in Nutrition", "Professor of Economics", "PhD Candidate". */
const ACADEMIC_POST = /^(?:(?:Senior|Principal|Associate|Assistant|Honorary|Visiting|Adjunct|Emeritus|Distinguished|Postdoctoral|Research|Teaching|Doctoral|PhD)\s+)*(?:Lecturer|Professor|Reader|Fellow|Researcher|Candidate|Scientist|Student)\b[^,]{0,60}$/;

/**
 * Reads a pasted plain-text article in the shapes copy-and-paste produces:
 * the outlet on a first line ("Daily Mail"), a `date 2021-08-13` header, a
 * `By: …` byline, an "Outlet: …" credit prefix, and page chrome around it.
 * The text is kept whole so offsets point into the file as read.
 */
export function extractPlainText(text: string): ExtractedArticle {
  const article = readPlainText(text);
  const { date } = article;
  // Impossible dates anywhere in the text ("August 39, 2017"), the one read above told once.
  // (And a weekday the date does not fall on: "Monday, April 12, 2024".)
  const weekday = weekdayIssue(text, date);
  const issues = [...date.issues, ...(weekday ? [weekday] : []), ...findImpossibleDates(text).filter((i) => !date.raw || !i.includes(date.raw))];
  return { ...article, date: { ...date, issues } };
}

/** Where a pasted plain-text article comes from: its outlet and stated date, without looking through the whole text for impossible dates. */
export function plainTextOrigin(text: string): { outlet: string | null; date: string | null } {
  const { outlet, date } = readPlainText(text);
  return { outlet, date: date.date };
}

/** A copyright notice and the name it gives: "Copyright 2024 BBC.", "© 2026 Reuters", "Copyright 2026 by WESH. All rights reserved." */
const COPYRIGHT_NOTICE = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?:by\s+)?([^.!?©]{2,40}?)\.?(?:\s+all rights reserved\.?)?$/i;

/** The article its lines give: extractPlainText adds the impossible dates, which plainTextOrigin does without. */
function readPlainText(text: string): ExtractedArticle {
  const lines = nonEmptyLines(text);
  let outlet: string | null = null;
  let outletBasis: string | null = null;
  let byline: string | null = null;
  let bylineLine = '';
  let title: string | null = null;
  let credit: string | null = null;
  let date = UNKNOWN_DATE;

  // ("WATCH: Moment car crashes into shop⏎By Jane Smith": a video story's labelled headline over the byline, no link.)
  const labelledHeadline = (i: number) => i === 0 && LABELLED_HEADLINE.test(lines[0].text) && isBylineLine(lines[1]?.text ?? '');
  // (Past a site's chrome pasted above it: "Skip to content⏎BBC⏎…", its menu one item a line.)
  const first = lines.findIndex((l, i) => !isChromeLine(l.text) || labelledHeadline(i));
  const top = linesAtTop(lines);
  // At the top, or under the outlet's name: "Associated Press / date 2024-03-04 / …".
  const header = top.map((l) => DATE_HEADER.exec(l.text) ?? DATE_LINE.exec(l.text)).find((m) => m !== null);
  if (header) date = readDate(header[1]);
  // "Posted August 4, 2023 by Pastor Mike Reynolds": the writer after the date.
  const writer = header && /^\s*by\s+(\p{Lu}.{1,60})$/u.exec(header.input.slice(header.index + header[0].length));
  if (writer) byline = cleanByline(writer[1]);
  // ("Posted by Mark Sinclair on March 2, 2025": or after the writer.)
  const signedOn = header ? null : top.map((l) => (isBylineLine(l.text) ? BYLINE_DATE.exec(l.text) : null)).find((m) => m !== null);
  if (signedOn) date = readDate(signedOn[1]);

  // "Author: Jane Doe", "Source: Daily Planet": fields an export or a clipping tool labels, near the top.
  for (const [i, line] of top.entries()) {
    // ("Chart: Monthly change in payrolls⏎Source: BLS": a chart's data, no publisher.)
    const underChart = /^(?:chart|graph|graphic|figure|table|map)\b/i.test(top[i - 1]?.text.trim() ?? '');
    const field = underChart ? null : LABELLED_FIELD.exec(stripMarkup(line.text));
    const value = field?.[2].trim() ?? '';
    // (A name, not a sentence: "Source: The figures come from the census." labels no outlet.)
    // ("From: Home Office and The Rt Hon Yvette Cooper MP": a government page's issuers, the first of them a body.)
    const issuer = !field && ISSUED_FROM.exec(stripMarkup(line.text))?.[1].split(NEXT_ISSUER)[0];
    if (issuer && !outlet && classifySource(issuer).type === 'organisation') {
      outlet = issuer;
      outletBasis = 'label';
    }
    if (!field || wordsIn(value, 7) > 6 || /[.!?]$/.test(value)) continue;
    if (/^(?:author|writer|written by)$/i.test(field[1])) byline ??= cleanByline(value);
    else if (!outlet) {
      outlet = outletName(value);
      outletBasis = 'label';
    }
  }

  let firstContent = true;
  // ("Exclusive news, data and analytics…⏎Reuters home⏎World⏎…⏎Oil prices jump 4%…⏎By Florence Tan…": a banner over the
  // menu is no headline; the headline stands over the byline, past the chrome.)
  // (Not a photo's caption over the byline, its credit in brackets: "FILE - Venezuelan migrants wait… (AP Photo/Erin
  // Hooley, File)".)
  const bylineAt = top.findIndex((l, k) => k > first && isBylineLine(l.text));
  const overByline = top.findLastIndex((l, k) => k < bylineAt && !isChromeLine(l.text));
  // ("Published December 5, 2026⏎House GOP unveils plan…⏎Speaker says the stopgap bill…⏎By Elizabeth Elkind": or over a
  // subtitle with no stop, when the headline follows the chrome or the date.)
  const above = top.findLastIndex((l, k) => k < overByline && !isChromeLine(l.text));
  const subtitled = above > first && isHeadline(top[above].text) && isHeadline(top[overByline].text) && (isDateLine(top[above - 1]?.text) || isChromeLine(top[above - 1]?.text ?? ''));
  const headlineAt = subtitled ? above : overByline;
  const pastChrome = headlineAt > first && isHeadline(top[headlineAt].text) && !/\)$/.test(top[headlineAt].text.trim()) && top.slice(first + 1, headlineAt).some((l) => isChromeLine(l.text));
  for (const [i, line] of top.entries()) {
    const t = line.text;
    // ("The Guardian - Back to home": the link home names the site.)
    const home = SITE_HOME.exec(t.trim());
    if (home && !outlet && resolveKnownOutlet(home[1])) {
      outlet = outletName(home[1]);
      outletBasis = 'site-name';
    }
    if ((isChromeLine(t) && !labelledHeadline(i)) || LABELLED_FIELD.test(stripMarkup(t))) continue;
    const by = isBylineLine(t) ? BYLINE.exec(stripMarkup(t)) : null;
    if (by) {
      byline = cleanByline(by[1]);
      bylineLine = t;
      continue;
    }
    // ("21.5 C⏎New York": a weather widget's town is no outlet.)
    // ("Assad's Army Takes Back Saraqeb⏎Middle East Monitor Blog⏎Posted on March 5, 2026": not a headline in Title Case
    // over the name that stands where a byline would, over the date; a known outlet still opens the page.)
    const [second, third] = lines.slice(i + 1, i + 3).map((l) => l.text.trim());
    const nameOverDate = !!second && !!third && isNameOverDate(second, third) && !resolveKnownOutlet(t);
    if (firstContent && i === first && isOutletLine(t, lines.length > 1) && !isKnownPlace(t.trim()) && !nameOverDate && !isMenuItem(lines, i)) {
      // The headline may follow: "Reuters / Flooding forces thousands from homes / …".
      outlet = outletName(t);
      outletBasis = 'first-line';
      continue;
    }
    if (firstContent && pastChrome && i < headlineAt) continue;
    // A date is no headline ("Published 3 December 2026"); nor is a city or region alone on a line under the
    // first, a dateline ("Storm hits coast" on the first line is the headline).
    if (firstContent && (DATE_HEADER.test(t) || DATE_LINE.test(t) || NAMED_DATE_LINE.test(t))) continue;
    // ("PRESS RELEASE" over the headline labels the page; "Correction: An earlier version of this article…" notes it.)
    // (Nor does a section's label: "Guest Essay" over the headline.)
    if (firstContent && (PRESS_RELEASE.test(t.trim()) || SECTION_LABEL.test(t.trim()) || isEditorsNote(t, t))) continue;
    if (firstContent && i > 0 && wordsIn(t, 3) <= 3 && !/[.!?]$/.test(t)) continue;
    if (firstContent) {
      const prefix = OUTLET_PREFIX.exec(t.replace(DATE_HEADER, ''));
      if (prefix && wordsIn(prefix[1], 5) <= 5 && resolveKnownOutlet(prefix[1])) credit = resolveKnownOutlet(prefix[1])!.name;
      // The line over a byline is the headline whatever its stops: "The four-day week is coming. Employers should stop fighting it."
      // (Its section run on before it, as the Times prints it: "U.S.|Texas Floods Kill at Least 24".)
      else if (isHeadline(t) || isBylineLine(lines[i + 1]?.text ?? '') || (i === 0 && lines.length > 1 && !/[.!?]$/.test(t))) title = t.replace(SECTION_KICKER, '');
      firstContent = false;
    }
    if (title || credit) {
      // A byline often stands under the headline ("By John Hagee Jr."); nothing else is read past it.
      // (Past a subtitle, the summary's points a tabloid sets, the share buttons: anything short of a paragraph.)
      const upToBody = lines.slice(i + 1, i + 9);
      const body = upToBody.findIndex((l) => wordsIn(l.text, PARAGRAPH_WORDS + 1) > PARAGRAPH_WORDS);
      const under = upToBody.slice(0, body < 0 ? undefined : body).find((l) => isBylineLine(l.text));
      if (under && !byline) {
        byline = cleanByline(under.text);
        bylineLine = under.text;
      }
      // (Past the share buttons and the time the page was loaded: "10 hours ago⏎Share⏎Save".)
      const [next, nextButOne, third] = lines.slice(i + 1, i + 6).filter((l) => !isChromeLine(l.text)).map((l) => l.text.trim());
      // A known outlet alone where the byline would stand: "…savings plan⏎Local Democracy Reporting Service"; or under
      // the writer's name alone, as a site prints them: "Tom Edgington⏎BBC News".
      // (A paper's masthead too: "Adam Postans⏎Bristol Post".)
      // (Or a body's over the date, as a ministry's blog prints them: "Pastor Mike Reynolds⏎Grace Prophecy Ministries⏎November 20, 2026".)
      const signed = !under && !byline && next && nextButOne && isNameAlone(next) ? (resolveKnownOutlet(nextButOne) ?? (MEDIA_NAME.test(nextButOne) || isBodyOverDate(nextButOne, third) ? { name: nextButOne } : null)) : null;
      // (Or their post under it, as the BBC prints them: "Nick Triggle⏎Health correspondent".)
      if (signed || (!under && !byline && next && nextButOne && isNameAlone(next) && POST_ALONE.test(nextButOne))) byline = bylineLine = next;
      // (Or the masthead over the name and the post: "Bristol Post⏎Adam Postans, Local Democracy Reporter".)
      const namePost = !under && !byline && next && nextButOne && (resolveKnownOutlet(next) || MEDIA_NAME.test(next)) ? /^([^,]+),\s*(.+)$/.exec(nextButOne) : null;
      const writerUnder = namePost && isNameAlone(namePost[1]) && POST_ALONE.test(namePost[2]) ? namePost[1] : null;
      if (writerUnder) {
        byline = writerUnder;
        bylineLine = nextButOne;
      }
      const mastheadOverName = writerUnder ? { name: outletName(next!) } : null;
      // (Or a person's name alone over the date, past the subtitle, as a newsletter prints them: "The Fed is about to make a
      // huge mistake⏎Why cutting rates now would reignite inflation⏎Jason Furman⏎Sep 14, 2025".)
      const writerOverDate = isNameAlone(next ?? '') && isDateLine(nextButOne) ? next : !isNameAlone(next ?? '') && isNameAlone(nextButOne ?? '') && isDateLine(third) ? nextButOne : undefined;
      if (!under && !byline && writerOverDate && isWriterName(writerOverDate) && classifySource(writerOverDate).type === 'person') byline = bylineLine = writerOverDate;
      // (Or the writers listed alone, as Axios prints them, "Alex Thompson, Barak Ravid"; or one with a post and where they
      // hold it, as The Conversation does, "Sarah Johnson, Senior Lecturer in Nutrition, University of Leeds".)
      // (Past the subtitle, over the date, as the Guardian prints them: "…⏎Damian Carrington Environment editor⏎Tue 8 Oct 2024".)
      const listedAt = !under && !byline && next ? (writersListed(next) ? next : isDateLine(third) ? nextButOne : undefined) : undefined;
      const listed = listedAt && writersListed(listedAt);
      if (listed) {
        byline = listed;
        bylineLine = listedAt!;
      }
      // (Or where they filed from, over the date, as the FT prints them: "Delphine Strauss in London⏎Published 15 October 2026".)
      const filedFrom = !under && !byline && next && nextButOne ? FILED_FROM.exec(next)?.[1] : undefined;
      if (filedFrom && isNameAlone(filedFrom) && isDateLine(nextButOne) && classifySource(filedFrom).type === 'person') {
        byline = filedFrom;
        bylineLine = next;
      }
      // ("Jury convicts…⏎Manchester Evening News⏎By Helen Pidd": or a masthead between the headline and the byline.)
      const between = under && lines[i + 1] !== under ? outletUnderByline(lines[i + 1].text) : null;
      // ("Plastic in EVERY baby…⏎Truth Health Watch⏎4 March 2026": or a body's name between the headline and the
      // date, where the byline would stand; not an issuer's over "Press release, 3 March 2026".)
      const overDate = !under && !byline && next && nextButOne && isBodyOverDate(next, nextButOne) ? { name: outletName(next) } : null;
      const named = signed ?? mastheadOverName ?? between ?? overDate ?? (!under && !outlet && next ? knownWire(next) : null);
      if (named && !outlet) {
        outlet = named.name;
        outletBasis = 'byline';
      }
      // An op-ed's writer alone under the headline, named again in the note that ends it: "Polly Hart ⏎ … ⏎ Polly
      // Hart is a housing campaigner".
      const lastLine = lines.at(-1)?.text.trim() ?? '';
      if (title && !byline && next && isNameAlone(next) && lastLine.startsWith(`${next} `) && isAuthorNote(lastLine, text)) {
        byline = next;
        bylineLine = next;
      }
      break;
    }
  }

  // A known outlet's name alone under the byline: "By Laura Jenkins⏎BBC News".
  const bylineIndex = lines.findIndex((l) => l.text === bylineLine);
  const underByline = bylineLine && lines[bylineIndex + 1]?.text.trim();
  // (With the place it was filed from, "BBC News, Bristol", or its desk, "BBC Weather"; or a paper's masthead: "By Helen
  // Pidd⏎Manchester Evening News"; or under the writer's post: "By Patrick Butler⏎Social policy editor⏎The Guardian"; or
  // under the section's label: "By Mohamed El-Erian⏎Opinion⏎Financial Times".)
  const postUnder = underByline && POST_ALONE.test(underByline) ? underByline : undefined;
  const underPost = postUnder || (underByline && SECTION_LABEL.test(underByline)) ? lines[bylineIndex + 2]?.text.trim() : undefined;
  const namedUnder = underByline && !outlet ? (outletUnderByline(underByline) ?? (underPost ? outletUnderByline(underPost) : null)) : null;
  if (namedUnder) {
    outlet = namedUnder.name;
    outletBasis = 'byline';
  }
  // What a byline prints beside the name: "By Helen Branswell | STAT | June 3, 2024"; or on the line under it:
  // "The Herald Tribune | 12 March 2025, 10:42 GMT".
  const besideByline = stripMarkup(bylineLine).split(BYLINE_SEPARATOR).slice(1);
  const lineUnder = underByline && BYLINE_SEPARATOR.test(underByline) ? stripMarkup(underByline).split(BYLINE_SEPARATOR) : [];
  // (A part may be labelled: "Published: 10:21, 3 March 2025 | Updated: 12:02, 3 March 2025".)
  for (const part of [...besideByline, ...lineUnder]) {
    const dated = DATE_HEADER.exec(part) ?? DATE_LINE.exec(part);
    if (dated && !date.raw) date = readDate(dated[1]);
    else if (!dated && !outlet && wordsIn(part, 5) <= 5 && /^\p{Lu}/u.test(part)) {
      outlet = outletName(part);
      outletBasis = 'byline';
    }
  }
  // "Northwick Echo, 4 March 2026" under the headline or the byline: the date, and the outlet when the name is a known
  // one or stands under the byline ("Press release, 3 March 2026" names no outlet).
  // (Only above the story: "Foreign Policy, August 39, 2017" in a list of links after it dates another article.)
  const storyStart = lines.findIndex((l) => wordsIn(l.text, 13) > 12 && /[.!?"”]\s*$/.test(l.text));
  const aboveStory = lines.slice(0, Math.min(8, storyStart < 0 ? lines.length : storyStart));
  const namedDate = date.raw ? null : aboveStory.map((l) => NAMED_DATE_LINE.exec(l.text)).find((m) => m !== null);
  if (namedDate) {
    date = readDate(namedDate[2]);
    const name = namedDate[1].trim();
    const known = resolveKnownOutlet(name);
    if (!outlet && (known || (namedDate.input.trim() === underByline && !isNoPublisher(name)))) {
      outlet = known?.name ?? name;
      outletBasis = 'byline';
    }
  }
  // "TNN | Updated: Sep 12, 2026, 08:14 IST": a credit line in parts above the story with no byline in it, its date
  // stated or updated, and a known outlet or wire among its parts.
  for (const line of date.raw && outlet ? [] : aboveStory.filter((l) => BYLINE_SEPARATOR.test(l.text) && l.text !== bylineLine)) {
    for (const part of stripMarkup(line.text).split(BYLINE_SEPARATOR)) {
      const dated = DATE_HEADER.exec(part) ?? DATE_LINE.exec(part);
      // ("PTI | Updated: May 28, 2025": a wire by its letters.)
      const known = dated ? null : knownWire(part.trim());
      if (dated && !date.raw) date = readDate(dated[1]);
      if (known && !outlet) [outlet, outletBasis] = [known.name, 'byline'];
    }
  }
  // A wire dateline opening the story: "BOLOGNA, Italy (AP) —", "LONDON (Reuters) -", "PORT SUDAN, Nov 18, 2026 (AFP) -".
  // ("Nov 20 (Reuters) -": the day and the wire, no place.)
  const dateline = lines.slice(0, 10).map((l) => DATELINE.exec(l.text)).find((m) => m !== null);
  const wire = dateline ? datelineParts(dateline) : null;
  const datelineDate = wire && DATELINE_DATE.exec(wire.after);
  if (datelineDate && !date.raw) date = readDate(datelineDate[1]);
  // "LONDON, Dec 3 (Reuters) -": a day with no year stays unplaced, but the reader (and an editor setting it) sees what was written.
  const dayAlone = !date.raw && wire ? DAY_WITHOUT_YEAR.exec(wire.after) : null;
  if (dayAlone) date = { ...date, raw: dayAlone[1], issues: [`the dateline gives no year ("${dayAlone[1]}")`] };
  if (!outlet) {
    const known = wire?.wire && knownWire(wire.wire);
    if (known) {
      outlet = known.name;
      outletBasis = 'dateline';
    }
  }
  // "By JOHN SMITH FOR MAILONLINE", "By Jane Doe for the Guardian", "By Jane Doe, Associated Press": the paper or wire
  // closing the byline; "By Dee-Ann Durbin, AP Business Writer": the wire in the writer's post, on the line under the
  // byline too: "By Jane Kirby⏎PA Health Correspondent".
  const post = !outlet && bylineLine ? (WRITERS_POST.exec(stripMarkup(bylineLine).trim())?.[1] ?? postUnder)?.trim().split(/\s+/) : undefined;
  const paper = (!outlet && bylineLine && bylineOutlet(bylineLine)) || (post && (knownWire(post[0]) ?? resolveKnownOutlet(post.slice(0, 2).join(' ')))?.name);
  if (paper) {
    outlet = paper;
    outletBasis = 'byline';
  }
  if (!outlet && byline) {
    // ("Political Staff", "Business Desk", "Sports Staff": a paper's desk names no paper.)
    // ("Guardian staff and agencies": the paper's staff, with the wires.)
    const staff = DESK.test(byline) ? null : /^(.+?)\s+(?:staff|team|newsroom|desk|editors|editorial board)(?:\s+and\s+(?:agencies|wires))?$/i.exec(byline);
    // "Daily Star Reporter", "Yorkshire Evening Post reporter": a known outlet's or a masthead's own reporter (a person's
    // name before "Reporter" is no outlet); "Daily Express Online", "Sun Online Reporter": its website's.
    const reporter = /^(.+?)\s+(?:(?:online|digital)(?:\s+(?:reporters?|staff|team|desk))?|reporters?|correspondents?|staff writers?)$/i.exec(byline);
    // "By Global Times", "By Reuters": the outlet itself signs the story.
    // ("Posted by Patriot Truth Network": a masthead or a network signing it is the outlet, known or not.)
    const known = (reporter && (resolveKnownOutlet(reporter[1]) ?? (MASTHEAD_LINE.test(reporter[1]) ? { name: reporter[1] } : null))) || resolveKnownOutlet(byline) || (isMediaName(byline) ? { name: byline } : null);
    if (staff || known) {
      outlet = known ? known.name : outletName(staff![1]);
      outletBasis = 'byline';
    }
  }
  if (!outlet && title) {
    // "The Guardian view on water bills: …", "The Times view on…": a paper's editorial, by its title.
    const editorial = /^The (.+?) view on\b/.exec(title);
    const known = editorial && resolveKnownOutlet(editorial[1]);
    if (known) {
      outlet = known.name;
      outletBasis = 'self-reference';
    }
  }
  if (!outlet) {
    // The verb first: the name pattern alone would be tried from every capital letter of the text.
    const self = SELF_REFERENCE_VERB.test(text) ? SELF_REFERENCE.exec(text) : null;
    // ("The Sun Online", "Fox News Digital": the outlet by its desk.)
    const known = self && knownOutletOrDesk(self[1].trim());
    if (known && known.name !== credit) {
      outlet = known.name;
      outletBasis = 'self-reference';
    }
  }

  if (!outlet) {
    // "Copyright 2024 BBC. All rights reserved.", "© 2026 Reuters": a known outlet named by the notice closing the page.
    const notice = lines.slice(-6).map((l) => COPYRIGHT_NOTICE.exec(l.text.trim())).findLast((m) => m !== null);
    const known = notice && resolveKnownOutlet(notice[1].trim());
    if (known) {
      outlet = known.name;
      outletBasis = 'copyright';
    }
  }

  if (!outlet) {
    // A press release is published by the body its "About …" note describes: copies that name it credit their source.
    const release = lines.slice(0, 6).some((l) => PRESS_RELEASE.test(l.text.trim()));
    const about = release ? lines.map((l) => ABOUT_LINE.exec(l.text.trim())).findLast((m) => m !== null) : null;
    if (about) {
      outlet = about[1];
      outletBasis = 'press-release';
    }
  }

  const body = lines.find((l) => !isChromeLine(l.text) && !isBylineLine(l.text) && !isEditorsNote(l.text, l.text) && wordsIn(l.text, 8) > 8)?.text ?? text;
  return {
    // (Nor the wire's dateline: "CHICAGO (AP) — A federal jury convicted…" is titled by the claim.)
    title: title ?? fallbackTitle(body.trimStart().replace(DATELINE, '').replace(DATE_HEADER, '').replace(OUTLET_PREFIX, (m) => m.slice(-1))),
    text,
    outlet,
    outletBasis,
    credit,
    byline,
    url: null,
    date,
    format: 'text',
  };
}
