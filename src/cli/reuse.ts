import fs from 'node:fs';
import { extractArticles } from '../core/extract/input';
import { findCorpusReuse } from '../core/reuse/corpus';
import { prepareText } from '../core/reuse/prepare';
import { collectFiles } from './files';

/**
 * `provenance reuse <files or folders…> [--json]`: who copied whom in a set of
 * files, without a database. Offsets are string indices into each file's
 * text as read (for HTML, into the extracted text).
 */
export function reuseCommand(paths: string[], opts: { json: boolean }): number {
  const { files, missing } = collectFiles(paths);
  for (const m of missing) console.error(`provenance reuse: ${m}: no such file or folder`);
  const docs = files.flatMap((file) => {
    const [result] = extractArticles(file, fs.readFileSync(file, 'utf8'));
    if (!result?.ok) {
      console.error(`provenance reuse: ${file}: ${result?.message ?? 'unreadable'}`);
      return [];
    }
    const a = result.article;
    return [Object.assign(prepareText(a.text), { id: file, outlet: a.outlet, date: a.date.date, url: a.url })];
  });
  const pairs = findCorpusReuse(docs).sort((x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
  if (opts.json) {
    const out = pairs.map((p) => ({
      source: p.source,
      target: p.target,
      kind: p.finding.kind,
      credited: p.finding.credited,
      confidence: p.finding.confidence,
      directionBasis: p.finding.basis,
      targetCoverage: p.finding.targetCoverage,
      passages: p.finding.passages.map((x) => ({
        kind: x.kind,
        similarity: x.similarity,
        sourceStart: x.sourceStart,
        sourceEnd: x.sourceEnd,
        targetStart: x.targetStart,
        targetEnd: x.targetEnd,
      })),
    }));
    console.log(JSON.stringify({ pairs: out }, null, 2));
  } else if (pairs.length === 0) {
    console.log(`No shared passages among ${docs.length} files.`);
  } else {
    for (const p of pairs) {
      const f = p.finding;
      console.log(`${p.source} → ${p.target}`);
      console.log(
        `  ${f.kind}, ${f.passages.length} passage${f.passages.length === 1 ? '' : 's'}, ${Math.round(f.targetCoverage * 100)}% of the copy, ` +
          `${f.credited ? 'credited' : 'NOT credited'}; direction by ${f.basis} (confidence ${f.confidence})`,
      );
    }
  }
  return missing.length > 0 ? 1 : 0;
}
