import fs from 'node:fs';
import { hidesSpeaker, NOT_NAMED } from '../core/attribution/speakers';
import { analyseArticle, type AnalysedSentence } from '../core/classify/analyse-article';
import { extractArticles } from '../core/extract/input';
import { collectFiles } from './files';
import { progressBar } from './progress';

const COLOUR: Record<string, string> = { attributed: '32', unsourced: '33', opinion: '35', speculative: '36', prophetic: '31', quote: '34' };
const paint = (code: string, s: string, on: boolean) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** A sentence with its cue words underlined, for the terminal. */
function underlineCues(s: AnalysedSentence, colour: boolean): string {
  if (!colour) return s.text;
  const cues = s.flags.flatMap((f) => f.cues).sort((a, b) => a.start - b.start);
  let out = '';
  let at = s.start;
  for (const c of cues) {
    if (c.start < at) continue;
    out += s.text.slice(at - s.start, c.start - s.start) + `\x1b[4m${c.text}\x1b[24m`;
    at = c.end;
  }
  return out + s.text.slice(at - s.start);
}

/**
 * `provenance analyse <files…> [--json | --format text]`: sentences, flags
 * with cue spans, and attributions, without a database. Offsets are string
 * indices into each file's text as read (for HTML, into the extracted text).
 */
export function analyseCommand(paths: string[], opts: { json: boolean; colour: boolean }): number {
  const { files, missing } = collectFiles(paths);
  for (const m of missing) console.error(`provenance analyse: ${m}: no such file or folder`);
  const articles = [];
  let failed = missing.length > 0;
  const bar = progressBar('Analysing');
  for (const [i, file] of files.entries()) {
    bar.update(i, files.length);
    for (const result of extractArticles(file, fs.readFileSync(file, 'utf8'))) {
      if (!result.ok) {
        console.error(`provenance analyse: ${file}${result.line ? `:${result.line}` : ''}: ${result.message}`);
        failed = true;
        continue;
      }
      const a = result.article;
      const { sentences } = analyseArticle(a.text, a.outlet);
      articles.push({
        file: result.line ? `${file}:${result.line}` : file,
        title: a.title,
        outlet: a.outlet,
        byline: a.byline,
        publishedAt: a.date.date,
        dateRaw: a.date.raw,
        dateIssues: a.date.issues,
        sentences: sentences.map((s) => ({
          start: s.start,
          end: s.end,
          text: s.text,
          boilerplate: s.boilerplate,
          flags: s.flags,
          attributions: s.attributions.map(({ sourceText, sourceType, cueText, sourceStart, sourceEnd, cueStart, cueEnd, name, role, organisation, inherited }) => ({
            sourceText, sourceType, cueText, sourceStart, sourceEnd, cueStart, cueEnd,
            ...(name ? { name } : {}), ...(role ? { role } : {}), ...(organisation ? { organisation } : {}), ...(inherited ? { inherited } : {}),
          })),
        })),
        analysed: sentences,
      });
    }
  }
  bar.stop();
  if (opts.json) {
    console.log(JSON.stringify({ articles: articles.map(({ analysed: _a, ...rest }) => rest) }, null, 2));
    return failed ? 1 : 0;
  }
  for (const a of articles) {
    console.log(paint('1', `${a.title}`, opts.colour));
    console.log(`${a.file} · ${a.outlet ?? 'unknown outlet'} · ${a.publishedAt ?? 'date unknown'}${a.dateIssues.length ? ` · ${a.dateIssues.join('; ')}` : ''}\n`);
    a.analysed.forEach((s, i) => {
      const labels = s.boilerplate ? paint('2', '[boilerplate]', opts.colour) : s.flags.map((f) => paint(COLOUR[f.flag], `[${f.flag}]`, opts.colour)).join(' ');
      console.log(`${String(i).padStart(3)} ${labels} ${s.boilerplate ? paint('2', s.text, opts.colour) : underlineCues(s, opts.colour)}`);
      for (const at of s.attributions) {
        // What the source words do not already say: "he" gains the name and role; an organisation inside the role is not repeated.
        const who = [at.name, at.role, at.organisation].filter((x) => x && !at.sourceText.includes(x) && !(x === at.organisation && at.role?.includes(x))).join(', ');
        console.log(`      ↳ ${at.sourceType}: ${hidesSpeaker(at) ? NOT_NAMED : at.sourceText}${who ? ` (${who})` : ''} — "${at.cueText}"${at.inherited ? ' (continues)' : ''}`);
      }
    });
    console.log('');
  }
  return failed ? 1 : 0;
}
