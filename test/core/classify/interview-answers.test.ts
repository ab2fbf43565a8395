import { analyseArticle } from '../../../src/core/classify/analyse-article';

const interview = (note: string) =>
  [
    'A nurse on the pandemic',
    'Rachel Okafor worked on a Covid ward in east London throughout 2020. We spoke about what has changed since.',
    'How do you look back on that first wave?',
    'It was chaos. Some of my colleagues died.',
    'Do you blame the government?',
    'I blame the people who made promises they knew they could not keep.',
    note,
  ].join('\n\n');

/** Each sentence's text with who speaks it and whether it is flagged opinion. */
const read = (text: string) =>
  analyseArticle(text).sentences.filter((s) => !s.boilerplate).map((s) => [s.text, s.attributions.map((a) => a.name ?? a.sourceText), s.flags.some((f) => f.flag === 'opinion')]);

describe('inheritInterviewAnswers, through analyseArticle', () => {
  it.each([
    ['This interview has been edited for length and clarity.'],
    ['The conversation has been condensed and edited.'],
  ])('when an interview printed as questions and answers says so (%j), each answer is the interviewee’s, as a quote, not the writer’s view', (note) => {
    expect(read(interview(note))).toEqual(
      expect.arrayContaining([
        ['It was chaos.', ['Rachel Okafor'], false],
        ['Some of my colleagues died.', ['Rachel Okafor'], false],
        ['I blame the people who made promises they knew they could not keep.', ['Rachel Okafor'], false],
      ]),
    );
  });

  it('cites the interviewee once an answer, in its first sentence, and carries the citation on through the answer', () => {
    const answers = analyseArticle(interview('This interview has been edited for length and clarity.')).sentences.filter((s) => s.attributions.some((a) => a.name === 'Rachel Okafor'));
    expect(answers.map((s) => s.attributions[0].inherited)).toEqual([false, true, false]);
  });

  it('when nothing says the questions were put to someone, an explainer’s answers stay the writer’s', () => {
    const answers = read(interview('More on this story soon.')).filter(([text]) => text === 'It was chaos.' || (text as string).startsWith('I blame'));
    expect(answers.map(([, speakers]) => speakers)).toEqual([[], ['I']]);
  });
});
