import fs from 'node:fs';
import path from 'node:path';
import { extractArticles } from '../core/extract/input';
import { claimGraphFromTexts, type TextDocument } from '../core/provenance/graph-from-texts';
import { traceClaim } from '../core/provenance/trace';
import { collectFiles } from './files';

function readDocument(file: string): TextDocument<string> | null {
  const [result] = extractArticles(file, fs.readFileSync(file, 'utf8'));
  if (!result?.ok) {
    console.error(`provenance trace: ${file}: ${result?.message ?? 'unreadable'}`);
    return null;
  }
  const a = result.article;
  return { id: path.resolve(file), label: file, text: a.text, outlet: a.outlet, date: a.date.date, url: a.url };
}

/**
 * `provenance trace <file> --sentence <n> --corpus <folder> [--json]`: the
 * claim of sentence n (0-based, as `provenance analyse --json` numbers them)
 * followed through the corpus, without a database.
 */
export function traceCommand(file: string, sentence: number, corpus: string[], opts: { json: boolean }): number {
  const main = readDocument(file);
  if (!main) return 1;
  const others = collectFiles(corpus).files.filter((f) => path.resolve(f) !== main.id).map(readDocument).filter((d): d is TextDocument<string> => d !== null);
  const graph = claimGraphFromTexts([main, ...others]);
  const asked = graph.articles.get(main.id)?.sentences.find((s) => s.index === sentence);
  if (!asked || asked.boilerplate) {
    console.error(`provenance trace: ${file} ${asked ? `sentence ${sentence} is page furniture (a heading, byline or date), not a claim` : `has no sentence ${sentence}`}`);
    return 2;
  }
  const trace = traceClaim(graph, main.id, sentence)!;
  const label = (id: string) => [main, ...others].find((d) => d.id === id)?.label ?? id;
  if (opts.json) {
    console.log(
      JSON.stringify(
        {
          verdict: trace.verdict,
          origin: { file: label(trace.origin.articleId), sentence: trace.origin.sentence.index, outlet: trace.origin.outlet, date: trace.origin.date },
          terminal: trace.terminal,
          chain: trace.chain.map((c) => ({ file: c.articleId ? label(c.articleId) : null, cue: c.cue, sourceText: c.sourceText, sourceType: c.sourceType, nearby: c.nearby })),
          versions: trace.versions.map((v) => ({
            file: label(v.articleId),
            sentence: v.sentence.index,
            text: v.sentence.text,
            outlet: v.outlet,
            date: v.date,
            from: v.from ? { file: label(v.from.articleId), kind: v.from.kind, credited: v.from.credited, mutations: v.from.mutations } : null,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(trace.verdict);
  for (const v of trace.versions) {
    console.log(`\n${v.from ? '↳' : '●'} ${label(v.articleId)} (${v.outlet ?? 'unknown outlet'}, ${v.date ?? 'date unknown'})\n  ${v.sentence.text}`);
    for (const m of v.from?.mutations.filter((x) => x.kind !== 'wording-changed') ?? []) console.log(`  ${m.kind}: "${m.before}" → "${m.after}"`);
  }
  return 0;
}
