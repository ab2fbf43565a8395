/**
 * Page chrome that survives copy-and-paste from a news site: weather widgets,
 * datelines, navigation and "read more" links. Such lines are not claims.
 */
const CHROME_LINE: RegExp[] = [
  /^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$/i, // "21.5 C"
  /^(?:related|recent|recommended|more|popular|latest|trending|top|most read)(?: articles| stories| news| posts| reads)?:?$/i,
  /^(?:read more|read next|continue reading|see also|share(?: this)?(?: article)?|advertisement|subscribe(?: now)?|sign up|comments?|print|email|tweet|follow us)\.?:?$/i,
  /^(?:home|news|world|politics|business|opinion|sports|menu|search|log ?in|sign in)$/i,
  /^(?:photo|image|video|credit)s?:/i,
  /^\(?(?:getty images|ap photo|reuters)[^)]*\)?$/i,
  /^["“]?follow [\w .'’-]{1,40} on (?:twitter|facebook|instagram|x)\b/i, // "Follow Pam Key on Twitter @pamkeyNEN."
];

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 60 && CHROME_LINE.some((re) => re.test(t));
}

/** A trailing "read more" link glued to a paragraph, as blogs paste it. */
export const TRAILING_READ_MORE = /\s*\bread more\.?\s*$/i;
