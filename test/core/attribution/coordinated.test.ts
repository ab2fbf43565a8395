import { analyseArticle } from '../../../src/core/classify/analyse-article';

/** The (source, type, cue) triples of the sentence after a lead line. */
const sourcesOf = (text: string) => analyseArticle(`Intro.\n\n${text}`).sentences[1].attributions.map((a) => [a.sourceText, a.sourceType, a.cueText]);

describe('splitCoordinated, through analyseArticle', () => {
  it.each([
    // Two named sources joined by "and": each its own source, with the shared cue.
    ['The talks failed, according to Reuters and the BBC.', [['Reuters', 'outlet', 'according to'], ['the BBC', 'outlet', 'according to']]],
    ['Trump and Clinton said they would debate.', [['Trump', 'person', 'said'], ['Clinton', 'person', 'said']]],
    // A full name whose surname reads as a plural noun is still a name.
    ['Chris Larkin and Toby Stephens said she died peacefully.', [['Chris Larkin', 'person', 'said'], ['Toby Stephens', 'person', 'said']]],
    // People unnamed, then their names: the named are the sources (a list's first item alone, one word, is no apposition).
    ['Her death was announced by her sons, Chris Larkin and Toby Stephens, in a statement.', [['Chris Larkin', 'person', 'was announced by'], ['Toby Stephens', 'person', 'was announced by']]],
    ['The deal was announced by two executives, Jane Doe and Mark Lee, on Monday.', [['Jane Doe', 'person', 'was announced by'], ['Mark Lee', 'person', 'was announced by']]],
    ['Neither Meta nor X responded to requests for comment.', [['Meta', 'organisation', 'responded'], ['X', 'organisation', 'responded']]],
    ['Hamas and the Israeli military said the school was hit.', [['Hamas', 'organisation', 'said'], ['the Israeli military', 'organisation', 'said']]],
    // A one-word name beside a firm is a firm; beside a party, a person.
    ['Pfizer and Merck said the drugs were safe.', [['Pfizer', 'organisation', 'said'], ['Merck', 'organisation', 'said']]],
    ['Trump and the Republican Party said it was rigged.', [['Trump', 'person', 'said'], ['the Republican Party', 'organisation', 'said']]],
    // A document and people, named or not.
    ['It sold on, according to internal emails and people familiar with the matter.', [['internal emails', 'document', 'according to'], ['people familiar with the matter', 'anonymous', 'according to']]],
    // A named source and unnamed people, each a phrase of its own; the "and" past a name that holds one.
    ['There is no chip, according to the CDC and independent experts.', [['the CDC', 'organisation', 'according to'], ['independent experts', 'anonymous', 'according to']]],
    ['Trump and his aides said the plan was sound.', [['Trump', 'person', 'said'], ['his aides', 'anonymous', 'said']]],
    ['It was safe, according to the Food and Drug Administration and the CDC.', [['the Food and Drug Administration', 'organisation', 'according to'], ['the CDC', 'organisation', 'according to']]],
    // A list: each item its own source, a name holding "of" included.
    ['Germany, France and Italy said they would act.', [['Germany', 'organisation', 'said'], ['France', 'organisation', 'said'], ['Italy', 'organisation', 'said']]],
    ['Tesla, Ford and GM declined to comment.', [['Tesla', 'organisation', 'declined'], ['Ford', 'organisation', 'declined'], ['GM', 'organisation', 'declined']]],
    [
      'The CBI, the British Chambers of Commerce and the Federation of Small Businesses all said it would cost jobs.',
      [['The CBI', 'organisation', 'said'], ['the British Chambers of Commerce', 'organisation', 'said'], ['the Federation of Small Businesses', 'organisation', 'said']],
    ],
    // People of a list of places are one source.
    ['In a joint statement, the leaders of France, Germany and Britain called for restraint.', [['the leaders of France, Germany and Britain', 'anonymous', 'called']]],
    // Not a time or a place before the comma.
    ['Last week, Smith and Jones said it.', [['Smith', 'person', 'said'], ['Jones', 'person', 'said']]],
    ['In London, police and firefighters said it.', [['police and firefighters', 'anonymous', 'said']]],
    // Not the objects of a preposition: "polls in Pennsylvania and Virginia".
    ['Recent polls in Pennsylvania and Virginia have shown Clinton ahead.', [['Recent polls in Pennsylvania and Virginia', 'document', 'have shown']]],
  ])('when the text is %j, reads %j', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });

  it.each([
    // One body's name with "and" in it, unnamed people, or a person and someone unnamed stay one source.
    'The Department of Health and Social Care',
    'Marks and Spencer',
    'United States Citizenship and Immigration Services',
    'Regulators and environmental groups',
    'Tom Smith and his wife',
    'The Tax Policy Center at the Urban Institute and Brookings',
    // A word qualifying the unnamed people.
    'U.S. and foreign intelligence sources',
    'Federal and state officials',
  ])('when %j speaks, reads one source', (source) => {
    expect(sourcesOf(`${source} said the plan was safe.`).map(([text]) => text)).toEqual([source]);
  });
});
