import type { ParsedToken } from '../text/parse';
import { firstSubject, subjectBefore } from './noun-phrases';
import { DEPICTIONS } from './cues';
import { cueStartOf, holdsAView, sourceTypeOf } from './speakers';
import { endsAtComma } from './words';

/** The depictions a body makes as often as a person: "The WHO classified…", "The US designated the group as…", "PolitiFact rated the claim as false". */
const BY_BODIES = new Set(['classify', 'designate', 'rate']);

/**
 * The speaker of a depiction ("Clinton painted Trump as a caricature", "…,
 * portraying him as weak"): the subject before the verb, or the clause's
 * subject for a participle after a comma; only a person or a document.
 */
export function depictionBy(tokens: ParsedToken[], k: number): [number, number] | null {
  const verb = tokens[k];
  const participle = /ing$/.test(verb.lower);
  // The tagger reads "painting Trump as…" as a noun: a participle with its object, then.
  const asVerb = verb.pos === 'VERB' || (participle && verb.pos === 'NOUN' && ['PROPN', 'PRON'].includes(tokens[k + 1]?.pos ?? ''));
  const lemma = verb.pos === 'VERB' ? verb.lemma : verb.lower.replace(/ing$/, '');
  if (!asVerb || !DEPICTIONS.has(lemma)) return null;
  // Someone, then "as" and what they are made out to be: not "painted the barn red as the sun set".
  const as = tokens.findIndex((x, i) => i > k && i <= k + 6 && x.lower === 'as');
  // (What follows up to a comma is no clause of its own: "…as "possibly carcinogenic", the same category as…".)
  const comma = tokens.findIndex((x, i) => i > as && x.text === ',');
  if (as < 0 || !['PROPN', 'PRON', 'NOUN'].includes(tokens[as - 1].pos) || tokens.slice(as + 1, comma < 0 ? undefined : comma).some((x) => x.pos === 'AUX')) return null;
  if (participle && !endsAtComma(tokens, k - 1)) return null;
  const src = participle ? firstSubject(tokens, k) : /(?:ed|s)$/.test(verb.lower) ? subjectBefore(tokens, cueStartOf(tokens, k)) : null;
  return src && src[1] < k && (holdsAView(tokens, src) || (BY_BODIES.has(lemma) && ['organisation', 'outlet'].includes(sourceTypeOf(tokens, src)))) ? src : null;
}
