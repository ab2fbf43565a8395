export const DIMENSIONS: number;
export function forEachWordVector(visit: (word: string, vector: number[]) => void): void;
export const LEXICON_WORDS: number;
