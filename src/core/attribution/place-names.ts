import places from '../../generated/place-names.json';

const PLACE_NAMES: ReadonlySet<string> = new Set(places as string[]);

/**
 * Whether a capitalised name is a city, region or country the `compromise` lexicon knows ("Leeds", "Bristol"):
 * someone "from" it is from a place, not a body. Generated at install (scripts/generate-known-names.mjs).
 */
export function isKnownPlace(name: string): boolean {
  return /^\p{Lu}/u.test(name) && PLACE_NAMES.has(name.toLowerCase());
}
