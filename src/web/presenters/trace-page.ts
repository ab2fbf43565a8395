import type { MutationKind } from '../../core/provenance/mutations';
import type { Trace } from '../../core/provenance/trace';
import { diffPassage } from '../../core/reuse/word-diff';

const MUTATION_LABELS: Record<MutationKind, string> = {
  'hedge-added': 'Hedge added',
  'hedge-removed': 'Hedge removed',
  'certainty-changed': 'Certainty changed',
  'number-changed': 'Number changed',
  'entity-changed': 'Name changed',
  'attribution-added': 'Attribution added',
  'attribution-dropped': 'Attribution dropped',
  'source-unnamed': 'Source unnamed',
  'quote-altered': 'Quote altered',
  'opinion-added': 'Opinion added',
  exaggerated: 'Exaggerated',
  'direction-reversed': 'Direction reversed',
  'wording-changed': 'Wording changed',
};

/** The trace page: versions in order, each with its changes against the version it came from, word by word. */
export function presentTrace(sentenceId: number, trace: Trace<number>, sentenceIdOf: (articleId: number, index: number) => number | null) {
  const byArticle = new Map(trace.versions.map((v) => [v.articleId, v]));
  return {
    sentenceId,
    verdict: trace.verdict,
    origin: { articleId: trace.origin.articleId, label: trace.origin.label, date: trace.origin.date },
    terminal: trace.terminal,
    chain: trace.chain,
    versions: trace.versions.map((v, i) => {
      const parent = v.from ? byArticle.get(v.from.articleId) : undefined;
      return {
        position: i + 1,
        articleId: v.articleId,
        sentenceId: sentenceIdOf(v.articleId, v.sentence.index),
        /** The article page's anchor for this version's sentence. */
        href: `/articles/${v.articleId}#s${v.sentence.index}`,
        label: v.label,
        outlet: v.outlet,
        date: v.date,
        isOrigin: i === 0,
        text: v.sentence.text,
        from: v.from
          ? {
              articleId: v.from.articleId,
              label: parent?.label ?? String(v.from.articleId),
              kind: v.from.kind,
              credited: v.from.credited,
              compare: `/compare/${v.from.articleId}/${v.articleId}`,
              mutations: v.from.mutations.filter((m) => m.kind !== 'wording-changed').map((m) => ({ ...m, label: MUTATION_LABELS[m.kind] })),
              diff: parent ? diffPassage(parent.sentence.text, v.sentence.text) : null,
            }
          : null,
      };
    }),
  };
}
