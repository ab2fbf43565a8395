import path from 'node:path';
import { runCli, runCliPiped } from '../helpers/cli';
import { SEEDS_DIR } from '../helpers/store';
import { seedText } from '../helpers/seeds';

describe('provenance analyse --json on the seeds', () => {
  const run = runCli(['analyse', SEEDS_DIR, '--json']);
  const out = JSON.parse(run.stdout) as {
    articles: { file: string; outlet: string | null; publishedAt: string | null; dateIssues: string[]; sentences: { start: number; end: number; text: string; boilerplate: boolean; flags: { flag: string; cues: { start: number; end: number; text: string }[] }[]; attributions: { sourceText: string; sourceType: string; sourceStart: number; sourceEnd: number }[] }[] }[];
  };

  it('prints one article per seed with the documented fields', () => {
    expect(run.status).toBe(0);
    expect(out.articles).toHaveLength(5);
    expect(out.articles[1]).toMatchObject({ outlet: 'U.S. News & World Report', publishedAt: '2021-08-13' });
    expect(out.articles[2].dateIssues).toEqual(['impossible date "August 39, 2017" in the text']);
  });

  it('when its output goes into a pipe, prints all of it (well past the 64 KiB a pipe holds)', () => {
    const piped = runCliPiped(['analyse', SEEDS_DIR, '--json']);
    expect(piped.length).toBeGreaterThan(65536);
    expect(piped).toBe(run.stdout);
  });

  it('gives offsets that index each file as read', () => {
    for (const a of out.articles) {
      const text = seedText(path.basename(a.file).slice(0, 3));
      for (const s of a.sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const f of s.flags) for (const c of f.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
        for (const at of s.attributions) expect(text.slice(at.sourceStart, at.sourceEnd)).toBe(at.sourceText);
      }
    }
  });
});

describe('provenance analyse --format text', () => {
  it('names who a pronoun stands for once, without repeating the organisation its role gives', () => {
    const run = runCli(['analyse', path.join(SEEDS_DIR, '000_052d9e1ed88ed66c.txt'), '--format', 'text']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('person: he (Derek Grossman, a senior defense analyst for RAND) — "noted"');
  });
});

describe('provenance trace --json on the seeds', () => {
  const run = runCli(['trace', path.join(SEEDS_DIR, '000_052d9e1ed88ed66c.txt'), '--sentence', '1', '--corpus', SEEDS_DIR, '--json']);

  it("names 001 as the origin of 000's lead sentence and every version's file", () => {
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(path.basename(out.origin.file)).toBe('001_1859eb23cdc51ac0.txt');
    expect(out.versions.map((v: { file: string }) => path.basename(v.file).slice(0, 3)).sort()).toEqual(['000', '001', '002']);
    expect(out.terminal.sourceType).toBe('anonymous');
  });

  it('when asked for the headline, which carries no claim, says so and exits 2', () => {
    const headline = runCli(['trace', path.join(SEEDS_DIR, '000_052d9e1ed88ed66c.txt'), '--sentence', '0', '--corpus', SEEDS_DIR]);
    expect(headline.status).toBe(2);
    expect(headline.stderr).toContain('sentence 0 is page furniture (a heading, byline or date), not a claim');
  });
});
