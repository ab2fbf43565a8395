import { type RequestHandler, Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { badInput } from '../../errors';
import type { InputFormat } from '../../core/extract/input';
import type { Db } from '../../store/database';
import { type IngestOutcome, ingestInput, MAX_INPUT_BYTES, summarise } from '../../services/ingest';
import { validate } from '../validation';
import { importLimit, requireEditor } from '../middleware/auth';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_INPUT_BYTES, files: 50, fields: 10, fieldSize: 6 * 1024 * 1024 } });

const pasteSchema = z.object({
  text: z.string().max(6 * 1024 * 1024, 'the pasted text is larger than 6 MB').optional().default(''),
  format: z.enum(['auto', 'text', 'markdown', 'html', 'json', 'jsonl']).optional().default('auto'),
  name: z.string().trim().max(200).optional().default(''),
});

/** Imports pasted text and uploaded files; every input gets its outcome. */
export async function importInputs(db: Db, body: unknown, files: Express.Multer.File[]): Promise<{ outcomes: IngestOutcome[]; summary: ReturnType<typeof summarise> }> {
  const paste = validate(pasteSchema, body ?? {});
  if (!paste.text.trim() && files.length === 0) throw badInput('Paste an article or choose at least one file.', 'text');
  const outcomes: IngestOutcome[] = [];
  const format = paste.format === 'auto' ? undefined : (paste.format as InputFormat);
  if (paste.text.trim()) outcomes.push(...(await ingestInput(db, { name: paste.name || 'pasted text', data: paste.text, format })));
  for (const f of files) outcomes.push(...(await ingestInput(db, { name: f.originalname, data: f.buffer })));
  return { outcomes, summary: summarise(outcomes) };
}

/** 400 when every input was refused; otherwise 200 with each outcome. */
const statusOf = ({ summary }: { summary: ReturnType<typeof summarise> }) => (summary.rejected && !summary.imported && !summary.duplicates ? 400 : 200);

export function importRoutes(db: Db, protect: RequestHandler): Router {
  const router = Router();
  router.get('/import', requireEditor, (_req, res) => res.render('pages/import', { title: 'Import', result: null }));
  // Multipart bodies are parsed before the CSRF check, which reads the token from them.
  router.post('/import', requireEditor, importLimit(), upload.array('files'), protect, async (req, res) => {
    const result = await importInputs(db, req.body, (req.files as Express.Multer.File[]) ?? []);
    res.status(statusOf(result)).render('pages/import', { title: 'Import', result });
  });
  router.post('/api/import', requireEditor, importLimit(), upload.array('files'), protect, async (req, res) => {
    const result = await importInputs(db, req.body, (req.files as Express.Multer.File[]) ?? []);
    res.status(statusOf(result)).json(result);
  });
  return router;
}
