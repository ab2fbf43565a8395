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

describe('provenance reuse with files it cannot read', () => {
  const fs = require('node:fs') as typeof import('node:fs');
  const os = require('node:os') as typeof import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prov-reuse-'));
  const seed = (prefix: string) => fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!;
  fs.copyFileSync(path.join(SEEDS_DIR, seed('001')), path.join(dir, 'original.txt'));
  // The reprint as a web page: read through the HTML extractor, not as plain text.
  const reprint = fs.readFileSync(path.join(SEEDS_DIR, seed('002')), 'utf8').split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  fs.writeFileSync(path.join(dir, 'reprint.html'), `<!doctype html><html><head><title>Reprint</title></head><body><article>${reprint.join('\n')}</article></body></html>`);
  fs.writeFileSync(path.join(dir, 'empty.txt'), '   \n');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const run = runCli(['reuse', dir, '--json']);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names each unreadable file with its reason on stderr', () => {
    expect(run.stderr).toContain(`${path.join(dir, 'empty.txt')}: the input is empty`);
    expect(run.stderr).toContain(`${path.join(dir, 'binary.txt')}: the input is binary`);
  });

  it('still pairs the readable files, plain text with HTML', () => {
    const { pairs } = JSON.parse(run.stdout) as { pairs: { source: string; target: string }[] };
    expect(pairs.map((p) => [path.basename(p.source), path.basename(p.target)])).toEqual([['original.txt', 'reprint.html']]);
  });
});

describe('provenance reuse on a folder that holds its own notes', () => {
  const fs = require('node:fs') as typeof import('node:fs');
  const os = require('node:os') as typeof import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prov-reuse-notes-'));
  for (const f of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
  // Notes on the folder that quote an article at length, as the seeds' EXPECTED.md does.
  const quoted = fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith('001'))!), 'utf8').slice(0, 1500);
  fs.writeFileSync(path.join(dir, 'EXPECTED.md'), `# What to find\n\n> ${quoted.replace(/\n+/g, ' ')}\n`);
  const run = runCli(['reuse', dir, '--json']);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('pairs the articles only, not the notes quoting them', () => {
    const { pairs } = JSON.parse(run.stdout) as { pairs: { source: string; target: string }[] };
    expect(pairs.map((p) => [path.basename(p.source).slice(0, 3), path.basename(p.target).slice(0, 3)])).toEqual([
      ['001', '000'],
      ['001', '002'],
    ]);
  });
});

describe('provenance reuse at start-up', () => {
  it('does not load the language model, which only analysis needs', () => {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const script = "require('./src/cli/reuse.ts'); console.log(Object.keys(require.cache).some((f) => f.includes('wink-eng-lite-web-model')))";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stdout.trim()).toBe('false');
  });
});
