import { personNoun } from './person-nouns';
import { isDocumentWord } from './source-type';
import type { Attribution } from './types';
import { isOrganisationHead } from './words';

const normalise = (name: string) => name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * One word for people, a body or a document of a kind, unnamed ("a spokesperson", "officials", "police", "the
 * government", "her campaign", "the report"): it says who only inside its own article.
 */
const isGenericName = (name: string) => {
  const word = name.toLowerCase().replace(/^(?:the|a|an|his|her|its|their|our)\s+/, '').trim();
  return /^[\p{Ll}-]+$/u.test(word) && (word === 'sources' || !!personNoun(word) || isOrganisationHead(word) || isDocumentWord(word));
};

/**
 * Which cited source an attribution is, as the store keys it past its kind: the source's name (`name`, as resolved);
 * for an unnamed speaker, with the body they are of ("a spokesperson" of Thames Water is not Ofwat's); and for a
 * generic name of no named body, with its article, so that every story's "police" are not pooled into one source
 * cited by hundreds of unrelated articles. Outlets are keyed by name alone.
 */
export function sourceKey(a: Attribution, name: string, articleId: number): string {
  const unnamed = a.sourceType === 'anonymous' || a.sourceType === 'weasel' || (a.sourceType === 'person' && !a.name);
  const body = unnamed && a.organisation ? ` (${normalise(a.organisation)})` : '';
  const outlet = a.sourceType === 'outlet' || a.sourceType === 'self';
  const local = !outlet && isGenericName(name) && (!body || isGenericName(a.organisation!));
  return `${normalise(name)}${body}${local ? ` #${articleId}` : ''}`;
}
