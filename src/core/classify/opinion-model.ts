/**
 * Weights of the opinion model over `OPINION_FEATURES`, fitted by `npm run train:opinion`
 * on the NewsSD-ENG train split (CC BY 4.0). Only these numbers are kept, not the data.
 */
export const OPINION_WEIGHTS = [
  -0.6512, // bias
  0.1210, // valencedAdjectives
  0.9697, // valencedAdverbs
  -0.0022, // valencedOther
  0.4191, // strongValence
  0.6517, // intensifiers
  0.2550, // hedges
  0.8239, // obligationModals
  0.5075, // firstPerson
  0.3230, // secondPerson
  0.3343, // negations
  -0.9287, // opinionPhrases
  -0.0626, // comparison
  0.1112, // discourseMarkers
  -0.3464, // numbers
  -5.4661, // properNounShare
  2.1779, // adjectiveShare
  -1.0664, // quoted
  -1.1696, // reportingVerb
  0.2041, // questionOrExclamation
  0.1731, // logLength
] as const;
