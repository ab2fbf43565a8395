declare module 'stopword' {
  /** English stop words, as the stopword package keeps them. */
  export const eng: string[];
}
