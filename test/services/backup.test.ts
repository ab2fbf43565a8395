import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/store/database';
import { exportStore, restoreBackup } from '../../src/services/backup';
import { ingestInput } from '../../src/services/ingest';
import { correctAndReanalyse } from '../../src/services/reanalyse';
import { createTestEditor, createTestStore, SEEDS_DIR } from '../helpers/store';

/** Everything a store holds, keyed by content rather than by ids, so two stores compare equal. */
async function snapshot(db: Database['prisma']) {
  const articles = await db.article.findMany({ include: { outlet: true, sentences: { orderBy: { index: 'asc' } } }, orderBy: { contentHash: 'asc' } });
  const hashOf = new Map(articles.map((a) => [a.id, a.contentHash]));
  const reuse = await db.reuse.findMany({ include: { passages: { orderBy: { targetStart: 'asc' } } } });
  const citations = await db.citation.findMany({ include: { source: true } });
  return {
    articles: articles.map((a) => ({
      hash: a.contentHash, title: a.title, text: a.text, outlet: a.outlet?.name ?? null, byline: a.byline, url: a.url,
      publishedAt: a.publishedAt?.toISOString() ?? null, dateRaw: a.dateRaw, dateConfidence: a.dateConfidence, dateIssues: a.dateIssues,
      format: a.format, sourceName: a.sourceName, importedAt: a.importedAt.toISOString(), wordCount: a.wordCount,
      editedAt: a.editedAt?.toISOString() ?? null, editedBy: a.editedBy,
      sentences: a.sentences.map((s) => [s.index, s.start, s.end, s.boilerplate, s.flagNames]),
    })),
    outlets: (await db.outlet.findMany({ orderBy: { name: 'asc' } })).map((o) => [o.name, o.slug, o.aliases, o.domain, o.kind]),
    reuse: reuse.map((r) => [hashOf.get(r.sourceId), hashOf.get(r.targetId), r.kind, r.credited, r.passages.map((p) => [p.sourceStart, p.sourceEnd, p.targetStart, p.targetEnd, p.kind])]).sort(),
    citations: citations.map((c) => [hashOf.get(c.articleId), c.sourceStart, c.cueText, c.source.kind, c.source.name, c.citedArticleId ? hashOf.get(c.citedArticleId) : null]).sort(),
    editors: (await db.editor.findMany({ include: { tokens: true } })).map((e) => [e.name, e.passwordHash, e.tokens.map((t) => t.tokenHash)]),
  };
}

describe('export and import of a backup', () => {
  it('when a store is exported and restored into an empty one, the two are the same', async () => {
    const original = await createTestStore();
    const copy = await createTestStore();
    try {
      for (const name of fs.readdirSync(SEEDS_DIR).sort()) await ingestInput(original.prisma, { name, data: fs.readFileSync(path.join(SEEDS_DIR, name)) });
      await ingestInput(original.prisma, { name: 'odd.json', data: JSON.stringify({ title: 'Odd date', text: 'A story with an impossible date, about the ferry.', publishedAt: 'August 39, 2017', outlet: 'Harbour Gazette' }) });
      // An editor's correction is part of the record too.
      const odd = await original.prisma.article.findFirstOrThrow({ where: { title: 'Odd date' } });
      await correctAndReanalyse(original.prisma, odd.id, { title: 'Odd date', outlet: 'Harbour Gazette', byline: 'A. Reporter', url: null, publishedAt: '2017-08-29' }, 'test-editor', new Date('2026-01-02T03:04:05Z'));
      await createTestEditor(original.prisma);
      const lines: string[] = [];
      await exportStore(original.prisma, (l) => lines.push(l));
      expect(JSON.parse(lines[0])).toMatchObject({ type: 'provenance-backup', version: 1 });
      const result = await restoreBackup(copy.prisma, lines.join('\n'));
      expect(result).toEqual({ restored: 6, duplicates: 0 });
      expect(await snapshot(copy.prisma)).toEqual(await snapshot(original.prisma));
      // Restoring again changes nothing: each article is already there.
      expect(await restoreBackup(copy.prisma, lines.join('\n'))).toEqual({ restored: 0, duplicates: 6 });
    } finally {
      await original.close();
      await copy.close();
    }
  });

  it('when a backup names an outlet the store spells differently, the restore joins them instead of failing', async () => {
    const source = await createTestStore();
    const target = await createTestStore();
    try {
      await ingestInput(source.prisma, { name: 'a.json', data: JSON.stringify({ text: 'The harbour board approved the ferry timetable on Monday.', outlet: 'harbour times' }) });
      await ingestInput(target.prisma, { name: 'b.json', data: JSON.stringify({ text: 'A different story about the lighthouse keeper and the storm.', outlet: 'Harbour Times' }) });
      const lines: string[] = [];
      await exportStore(source.prisma, (l) => lines.push(l));
      expect(await restoreBackup(target.prisma, lines.join('\n'))).toEqual({ restored: 1, duplicates: 0 });
      expect((await target.prisma.outlet.findMany()).map((o) => [o.name, o.slug])).toEqual([['Harbour Times', 'harbour-times']]);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
