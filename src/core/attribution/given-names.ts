let genders: typeof import('gender-detection-from-name') | undefined;

/**
 * The sex a given name tells ("Sarah" female, "Clive" male), or 'unknown' for a word that is no given name. A name
 * given to both sexes is listed under its commoner one. The package's tables of names take a tenth of a second
 * to read: loaded on first use.
 */
export function sexOfGivenName(given: string): 'male' | 'female' | 'unknown' {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return 'unknown';
  genders ??= require('gender-detection-from-name') as typeof import('gender-detection-from-name');
  return genders.getGender(given, 'en');
}

/** Finals of a Mandarin syllable in pinyin, longest first; a syllable with no initial takes only those that open on a, o or e. */
const FINALS = 'iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u';
const SYLLABLE = `(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:${FINALS})|a|o|e|ai|ei|ao|ou|an|en|ang|eng|er)`;
/**
 * A Chinese name in pinyin (a family name of one syllable, a given name of one or two: "Xi Jinping", "Wang Yi") or a
 * Taiwanese or Korean one with a hyphenated given name ("Lai Ching-te", "Moon Jae-in"): the family name comes first.
 */
const PINYIN_NAME = new RegExp(`^${SYLLABLE}\\s+${SYLLABLE}{1,2}$`);
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,5}\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The sex a person's full name tells by its given name: "Sarah Jenkins" female; none for a name whose family name
 * comes first, whose first word the lists may know as someone's given name ("Xi" is a woman's there, and Xi
 * Jinping no "she").
 */
export function sexOfFullName(name: string): 'male' | 'female' | 'unknown' {
  const words = name.split(/\s+/);
  if (words.length < 2 || PINYIN_NAME.test(name.toLowerCase()) || HYPHENATED_GIVEN_NAME.test(name)) return 'unknown';
  return sexOfGivenName(words[0]);
}
