import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_CORPUS_DIR } from '../src/paths';
import { DATA_DIR } from './data';

export type PlantKind = 'verbatim' | 'edited' | 'paraphrase';

/** A passage planted in a target article: where it came from and where it went. */
export interface Plant {
  kind: PlantKind;
  source: number;
  target: number;
  targetStart: number;
  targetEnd: number;
}

export interface GeneratedCorpus {
  texts: string[];
  plants: Plant[];
}

/** A small deterministic PRNG (mulberry32), so every run plants the same passages. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of real news text: the sample corpus and, when present, PolNeAR and Clough & Stevenson. */
function realSentences(): string[] {
  const files: string[] = fs.readdirSync(SAMPLE_CORPUS_DIR).map((f) => path.join(SAMPLE_CORPUS_DIR, f));
  for (const sub of ['polnear-dev/text', 'clough-stevenson']) {
    const dir = path.join(DATA_DIR, sub);
    if (fs.existsSync(dir)) files.push(...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)));
  }
  const sentences = files.flatMap((f) => fs.readFileSync(f, 'latin1').split(/(?<=[.!?])\s+(?=[A-Z])/));
  // Only prose: a URL or a formula is one "word" here but many tokens to the tokenizer, so two articles
  // scrambled from the same sentence would share it as a run of words no plant put there.
  const prose = (w: string) => w.length <= 20 && /^[\p{L}\p{N}'’,.;:!?"“”()$%-]+$/u.test(w) && !/[a-z][.][a-z]|[()|=/]/i.test(w.replace(/\.$/, ''));
  return sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.split(' ').length >= 8 && s.split(' ').length <= 45 && s.split(' ').every(prose));
}

/**
 * Articles of real-looking text (real sentences with about half their words
 * swapped for other real words, so no two articles share a run by chance),
 * with verbatim, edited and paraphrased passages planted at known offsets,
 * some of them out of order.
 */
export function generateCorpus(count: number, seed = 42): GeneratedCorpus {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const pool = realSentences();
  const vocabulary = pool.join(' ').split(' ');
  // Seven words in ten swapped for other real words: real sentence shapes and word frequencies, yet no two
  // articles share a five-word run by chance, even when they drew the same sentence from the pool.
  const scramble = (s: string) =>
    `${s
      .split(' ')
      .map((w, k) => (k > 0 && rnd() < 0.7 ? pick(vocabulary) : w))
      .join(' ')
      .replace(/[.!?]+(?=\s)/g, '')
      .replace(/[.!?'"”’]*$/, '')}.`;
  const articleSentences: string[][] = [];
  const texts: string[] = [];
  const plants: Plant[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: 12 + Math.floor(rnd() * 14) }, () => scramble(pick(pool)));
    articleSentences.push(sentences);
    // Dated a day apart, in order: copies come after their sources, as in a real news stream.
    let text = `date ${new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)}\n${sentences.join(' ')}`;
    if (i > 10 && rnd() < 0.15) {
      const source = Math.floor(rnd() * i);
      const from = articleSentences[source];
      const kind: PlantKind = pick(['verbatim', 'edited', 'paraphrase']);
      const start = Math.floor(rnd() * Math.max(1, from.length - 4));
      const taken = from.slice(start, start + 3 + Math.floor(rnd() * 3));
      const blocks = kind === 'verbatim' ? [taken.join(' ')] : kind === 'edited' ? [edit(taken.join(' '), rnd)] : taken.map((s) => paraphrase(s, rnd));
      // One plant in four moves its second half before its first: paragraphs reordered.
      if (blocks.length === 1 && rnd() < 0.25) {
        const words = blocks[0].split(' ');
        const half = Math.floor(words.length / 2);
        blocks.splice(0, 1, words.slice(half).join(' '), words.slice(0, half).join(' '));
      }
      for (const block of blocks) {
        const targetStart = text.length + 2;
        text = `${text}\n\n${block}`;
        plants.push({ kind, source, target: i, targetStart, targetEnd: text.length });
      }
    }
    texts.push(text);
  }
  return { texts, plants };
}

/** A light revision: about one word in ten replaced, one hedge inserted. */
function edit(passage: string, rnd: () => number): string {
  const words = passage.split(' ');
  return words.map((w, k) => (k === 3 ? `reportedly ${w}` : rnd() < 0.1 && /^[a-z]{4,}$/.test(w) ? `${w}s` : w)).join(' ');
}

/** A rewrite of one sentence: function words dropped or swapped, inflections changed, a clause moved. */
function paraphrase(sentence: string, rnd: () => number): string {
  const swaps: Record<string, string> = { the: 'a', said: 'stated', is: 'was', are: 'were', will: 'would', has: 'had', and: 'as well as', of: 'from' };
  const words = sentence
    .replace(/[.!?]$/, '')
    .split(' ')
    .map((w) => swaps[w] ?? (rnd() < 0.25 && /^[a-z]{5,}$/.test(w) ? (w.endsWith('s') ? w.slice(0, -1) : `${w}s`) : w));
  const cut = Math.floor(words.length * (0.3 + rnd() * 0.3));
  return `${[...words.slice(cut), ...words.slice(0, cut)].join(' ')}.`;
}
