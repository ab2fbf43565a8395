import fs from 'node:fs';
import { detectFormat, extractArticles, plainTextProblem } from '../core/extract/input';
import { plainTextOrigin } from '../core/extract/plain-text';
import { type CorpusDocument, findCorpusReuse } from '../core/reuse/corpus';
import { prepareText } from '../core/reuse/prepare';
import { collectFiles } from './files';
import { progressBar } from './progress';

/**
 * A plain-text file as a corpus document. Its text is the file as read, so it
 * can be fingerprinted at once; outlet and date are read only if the file
 * pairs with another, which in a large folder most never do.
 */
export function plainTextDocument<Id>(id: Id, text: string): CorpusDocument<Id> {
  let origin: ReturnType<typeof plainTextOrigin> | undefined;
  const facts = () => (origin ??= plainTextOrigin(text));
  return Object.defineProperties(Object.assign(prepareText(text), { id }), {
    outlet: { get: () => facts().outlet },
    date: { get: () => facts().date },
    url: { value: null },
  }) as CorpusDocument<Id>;
}

function unreadable(file: string, message: string): null {
  console.error(`provenance reuse: ${file}: ${message}`);
  return null;
}

function readDocument(file: string): CorpusDocument<string> | null {
  const raw = fs.readFileSync(file, 'utf8');
  if (detectFormat(file, raw) === 'text') {
    const problem = plainTextProblem(raw);
    return problem ? unreadable(file, problem.message) : plainTextDocument(file, raw);
  }
  const [result] = extractArticles(file, raw);
  if (!result?.ok) return unreadable(file, result?.message ?? 'unreadable');
  const a = result.article;
  return Object.assign(prepareText(a.text), { id: file, outlet: a.outlet, date: a.date.date, url: a.url });
}

/**
 * `provenance reuse <files or folders…> [--json]`: who copied whom in a set of
 * files, without a database. Offsets are string indices into each file's
 * text as read (for HTML, into the extracted text).
 */
export function reuseCommand(paths: string[], opts: { json: boolean }): number {
  const { files, missing } = collectFiles(paths);
  for (const m of missing) console.error(`provenance reuse: ${m}: no such file or folder`);
  const bar = progressBar('Reuse');
  const docs = files.flatMap((file, i) => {
    bar.update(i, files.length, { phase: 'reading' });
    return readDocument(file) ?? [];
  });
  const found = findCorpusReuse(docs, (phase, done, total) => bar.update(done, total, { phase }));
  bar.stop();
  const pairs = found.sort((x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
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
