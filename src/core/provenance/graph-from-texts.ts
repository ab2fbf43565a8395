import { analyseArticle } from '../classify/analyse-article';
import { findCorpusReuse } from '../reuse/corpus';
import { prepareText } from '../reuse/prepare';
import type { ClaimArticle, ClaimGraph } from './claim-graph';
import { resolveKnownOutlet } from './outlets';

export interface TextDocument<Id> {
  id: Id;
  label: string;
  text: string;
  outlet: string | null;
  date: string | null;
  url?: string | null;
}

/**
 * A claim graph built in memory from texts: each analysed, reuse found among
 * them all. What `provenance trace` uses without a database.
 */
export function claimGraphFromTexts<Id>(docs: TextDocument<Id>[]): ClaimGraph<Id> {
  const articles = new Map<Id, ClaimArticle<Id>>();
  for (const d of docs) {
    const { sentences } = analyseArticle(d.text, d.outlet);
    articles.set(d.id, {
      id: d.id,
      label: d.label,
      outlet: d.outlet,
      date: d.date,
      text: d.text,
      sentences: sentences.map((s) => ({
        ...s,
        attributions: s.attributions.map((a) => ({ ...a, outlet: a.sourceType === 'outlet' ? (a.name ?? resolveKnownOutlet(a.sourceText)?.name ?? a.sourceText) : null })),
      })),
    });
  }
  const pairs = findCorpusReuse(docs.map((d) => Object.assign(prepareText(d.text), { id: d.id, outlet: d.outlet, date: d.date, url: d.url ?? null })));
  return {
    articles,
    reuses: pairs.map((p) => ({ sourceId: p.source, targetId: p.target, kind: p.finding.kind, credited: p.finding.credited, confidence: p.finding.confidence, passages: p.finding.passages })),
  };
}
