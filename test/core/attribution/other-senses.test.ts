import { isAppointing, isDiscourseIdiom, isNaming, reportsNothing } from '../../../src/core/attribution/other-senses';
import { retagVerbs } from '../../../src/core/attribution/retag-verbs';
import { parseText } from '../../../src/core/text/parse';

const CHECKS = { isNaming, isDiscourseIdiom, reportsNothing, isAppointing };

/** Whether `check` reads the token `word` of `text` as a verb of saying in another sense. */
function inAnotherSense(check: keyof typeof CHECKS, text: string, word: string): boolean {
  const tokens = retagVerbs(parseText(text)[0].tokens);
  return CHECKS[check](tokens, tokens.findIndex((t) => t.text === word));
}

describe('verbs of saying in another sense', () => {
  it.each<[keyof typeof CHECKS, string, string, boolean]>([
    ['isNaming', 'The program, called EB-5, allows foreign investors to gain citizenship.', 'called', true],
    ['isNaming', 'He dropped a huge bomb called the mother of all bombs.', 'called', true],
    ['isNaming', 'Trump called Machado a disgrace.', 'called', false],
    ['isNaming', 'He stressed what multiple lawmakers called fraud.', 'called', false],
    ['isDiscourseIdiom', 'Having said that, the plan has merit.', 'said', true],
    ['isDiscourseIdiom', 'The Security Council called an emergency meeting.', 'called', true],
    ['isDiscourseIdiom', 'Washington backed out of the deal.', 'backed', true],
    // Lives, a title or a place taken; not responsibility, nor a record said to be false.
    ['isDiscourseIdiom', 'The tragic accident claimed the lives of three teenagers.', 'claimed', true],
    ['isDiscourseIdiom', 'Hamilton claimed pole position for Sunday.', 'claimed', true],
    ['isDiscourseIdiom', 'The group claimed responsibility for the attack.', 'claimed', false],
    ['isDiscourseIdiom', 'She claimed the record was false.', 'claimed', false],
    // Questioning someone is an interview; questioning a figure or whether, a doubt.
    ['isDiscourseIdiom', 'Police questioned a man in his 30s on Tuesday.', 'questioned', true],
    ['isDiscourseIdiom', 'Detectives are questioning two men.', 'questioning', true],
    ['isDiscourseIdiom', 'Critics questioned the figures.', 'questioned', false],
    ['isDiscourseIdiom', 'Beijing asserted itself in the region.', 'asserted', true],
    // A form in -ing before its noun modifies it.
    ['isDiscourseIdiom', 'It kept its capacity after 1,000 charging cycles.', 'charging', true],
    ['isDiscourseIdiom', 'Prosecutors are charging two men with fraud.', 'charging', false],
    ['isDiscourseIdiom', 'He told her to leave the stage.', 'told', true],
    ['isDiscourseIdiom', 'He told reporters the plan had failed.', 'told', false],
    // A request with its words left out reports nothing; one that gives them does.
    ['isDiscourseIdiom', 'He would resign if Trump asked him to, he said.', 'asked', true],
    ['isDiscourseIdiom', 'Lauer asked the candidates to discuss their own ideas.', 'asked', false],
    ['isDiscourseIdiom', 'The immunity was only “partial,” meaning it covered little.', 'meaning', true],
    ['isDiscourseIdiom', 'What is he meaning to say?', 'meaning', false],
    ['isDiscourseIdiom', 'A Treasury insider said the numbers did not add up.', 'add', true],
    ['isDiscourseIdiom', 'He added that the numbers were wrong.', 'added', false],
    ['reportsNothing', 'Palmieri spoke to reporters on Friday.', 'spoke', true],
    // Reaching someone tells nothing, unless what was told follows.
    ['reportsNothing', 'We contacted the council.', 'contacted', true],
    ['reportsNothing', 'He phoned his sister.', 'phoned', true],
    // Handing in what says nothing; a document or a complaint says something.
    // A person confirmed in a post; a fact confirmed, or a clause's subject, is said.
    ['isAppointing', 'The Senate confirmed the nominee on Tuesday.', 'confirmed', true],
    ['isAppointing', 'The Senate would confirm a replacement before the end of the year.', 'confirm', true],
    ['isAppointing', 'The Senate confirmed Smith as ambassador.', 'confirmed', true],
    ['isAppointing', 'Police confirmed the death.', 'confirmed', false],
    ['isAppointing', 'A spokesman confirmed the officers were suspended.', 'confirmed', false],
    ['reportsNothing', 'Marsh submitted false invoices.', 'submitted', true],
    ['reportsNothing', 'The firm submitted a report to the regulator.', 'submitted', false],
    ['reportsNothing', 'Lawyers filed a complaint alleging fraud.', 'filed', false],
    ['reportsNothing', 'She texted her mother that she was safe.', 'texted', false],
    ['reportsNothing', 'Laura spoke of her early discussions.', 'spoke', false],
    ['reportsNothing', 'Obama spoke on the economy in Ohio.', 'spoke', false],
    ['reportsNothing', 'Kaine faces off against Pence.', 'faces', true],
    ['reportsNothing', 'Lauer faced heavy criticism from outlets.', 'faced', false],
    ['reportsNothing', 'Jurors deliberated for about nine hours.', 'deliberated', true],
    ['reportsNothing', 'The committee deliberated over whether to act.', 'deliberated', false],
    // Bearing on something is no telling; a story related to someone is.
    ['reportsNothing', 'A case was registered under sections related to cheating.', 'related', true],
    ['reportsNothing', 'She related the story to police.', 'related', false],
    // Happening again is no saying again; repeating a claim is.
    ['reportsNothing', "History doesn't repeat, but it rhymes.", 'repeat', true],
    ['reportsNothing', 'The pattern repeated itself in 2008.', 'repeated', true],
    ['reportsNothing', 'He repeated the claim on Sunday.', 'repeated', false],
  ])('%s reads %j at %s as another sense: %s', (check, text, word, expected) => {
    expect(inAnotherSense(check, text, word)).toBe(expected);
  });
});
