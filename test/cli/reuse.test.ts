import path from 'node:path';
import { runCli } from '../helpers/cli';
import { SEEDS_DIR } from '../helpers/store';

describe('provenance reuse --json on the seeds', () => {
  const run = runCli(['reuse', SEEDS_DIR, '--json']);
  const { pairs } = JSON.parse(run.stdout) as {
    pairs: { source: string; target: string; kind: string; credited: boolean; passages: { kind: string; sourceStart: number; targetStart: number; targetEnd: number }[] }[];
  };
  const short = (f: string) => path.basename(f).slice(0, 3);

  it('prints exactly 001 → 000 and 001 → 002, both credited', () => {
    expect(run.status).toBe(0);
    expect(pairs.map((p) => [short(p.source), short(p.target), p.credited])).toEqual([
      ['001', '000', true],
      ['001', '002', true],
    ]);
  });

  it('finds 002 reprinting 001 verbatim, and 000 rewriting it', () => {
    const [rewrite, copy] = pairs;
    expect(copy.kind).toBe('verbatim');
    expect(copy.passages.every((p) => p.kind === 'verbatim')).toBe(true);
    expect(['edited', 'paraphrase']).toContain(rewrite.kind);
  });

  it("pairs 000's lead sentence and its 'formalize their relationship' sentence with 001's", () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const target = fs.readFileSync(pairs[0].target, 'utf8');
    const copied = pairs[0].passages.map((p) => target.slice(p.targetStart, p.targetEnd));
    expect(copied.some((t) => t.includes('prepared to recognize the Taliban as the legitimate rulers'))).toBe(true);
    expect(copied.some((t) => t.includes('formalize their relationship with the Islamist insurgents'))).toBe(true);
  });
});
