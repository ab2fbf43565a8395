/** Deterministic article-like texts for tests that need many distinct articles. */
const WORDS = 'minister harbour council budget election bridge river court ministry spokesperson talks agreement province capital border troops report sources officials market'.split(' ');

export function generatedArticle(i: number): string {
  let seed = i * 2654435761;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return WORDS[seed % WORDS.length];
  };
  const sentences = Array.from({ length: 12 }, (_, s) => `The ${next()} ${next()} said on day ${i}-${s} that the ${next()} and the ${next()} would meet.`);
  return `Generated Wire\nStory number ${i} about the ${next()}\n${sentences.join(' ')}\n`;
}

/**
 * A wire story without dates or outlets and three texts taken from it: a
 * reprint of most of it under a long introduction of its own (by coverage
 * alone, the wire's source), one with the wire's end, which the reprint
 * dropped, and one with its start.
 */
export function wireAndCopies(): Record<'wire' | 'reprint' | 'end' | 'start', string> {
  const sentencesOf = (i: number) => generatedArticle(i).split('\n')[2].match(/[^.]+\./g)!.map((s) => s.trim());
  const wire = sentencesOf(10);
  return {
    wire: wire.join(' '),
    reprint: [...sentencesOf(20), ...wire.slice(0, 9)].join(' '),
    end: wire.slice(6).join(' '),
    start: wire.slice(0, 6).join(' '),
  };
}
