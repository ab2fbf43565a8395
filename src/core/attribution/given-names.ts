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
