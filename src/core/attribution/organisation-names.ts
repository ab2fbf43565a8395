import names from '../../generated/organisation-names.json';

const ORGANISATION_NAMES: ReadonlySet<string> = new Set(names as string[]);

/**
 * Whether a capitalised name is a company, agency, party or club the
 * `compromise` lexicon knows ("Microsoft", "Pfizer", "Exxon Mobil",
 * "Coca-Cola"): one such word after no title reads as a surname otherwise.
 * Generated at install (scripts/generate-known-names.mjs).
 */
export function isKnownOrganisation(name: string): boolean {
  return /^\p{Lu}/u.test(name) && ORGANISATION_NAMES.has(name.toLowerCase().replace(/^the\s+/, '').replace(/[\s-]+/g, ' '));
}
