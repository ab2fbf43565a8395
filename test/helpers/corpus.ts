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
