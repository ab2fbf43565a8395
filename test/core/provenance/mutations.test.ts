import { analyseArticle } from '../../../src/core/classify/analyse-article';
import { findMutations, type MutationKind } from '../../../src/core/provenance/mutations';

/** The first sentence of `text`, analysed as a claim's version. */
const version = (text: string) => analyseArticle(text).sentences[0];
const kindsOf = (before: string, after: string) => findMutations(version(before), version(after)).map((m) => m.kind);

describe('findMutations', () => {
  it.each<[string, string, MutationKind, string]>([
    ['China is prepared to recognize the Taliban.', 'China is reportedly prepared to recognize the Taliban.', 'hedge-added', 'reportedly'],
    ['The particles entered the body through food.', 'The particles may have entered the body through food.', 'hedge-added', 'may have'],
    ['The deal may collapse within weeks.', 'The deal will collapse within weeks.', 'certainty-changed', 'will'],
    // Where a finding held, dropped.
    ['The drug slowed tumour growth in mice, the researchers said.', 'The drug slows tumour growth, the researchers said.', 'hedge-removed', ''],
    // A negation dropped is a change, however small the word.
    ['The water is not safe to drink, officials said.', 'The water is safe to drink, officials said.', 'wording-changed', ''],
    // (Even with the citation dropped beside it: "said it had no plans" → "plans".)
    ['The company said it had no plans to cut jobs.', 'The company plans to cut jobs.', 'wording-changed', ''],
    // An association told as a cause.
    ['Drinking coffee is linked to a lower risk of early death.', 'Drinking coffee cuts the risk of early death.', 'certainty-changed', 'cuts'],
    ['Wildfire smoke contributed to 12,000 deaths last summer.', 'Wildfire smoke killed 12,000 people last summer.', 'certainty-changed', 'killed'],
    ['Air pollution played a major role in the deaths.', 'Air pollution caused the deaths.', 'certainty-changed', 'caused'],
    ['The vaccine was associated with a small rise in heart inflammation.', 'The vaccine causes heart inflammation.', 'certainty-changed', 'causes'],
    ['The Taliban control 10 major provincial capitals.', 'The Taliban control half of the 34 provincial capitals.', 'number-changed', 'half of the 34 provincial capitals'],
    ['Three soldiers were killed in the attack.', 'Five soldiers were killed in the attack.', 'number-changed', 'Five soldiers'],
    ['The sides agreed a 48-hour truce.', 'The sides agreed a three-day truce.', 'number-changed', 'three-day truce'],
    // A count told by its order only is a number too, no name.
    ['Around 300 people attended the rally.', 'Thousands of people attended the rally.', 'number-changed', 'Thousands of people attended'],
    // The one figure of each version, counting the same thing in other words.
    ['Tesla is recalling about 120,000 vehicles in the United States.', 'Tesla is recalling 150,000 cars across America.', 'number-changed', '150,000 cars'],
    // A share closing its clause, with no word after it.
    ['People who eat the most processed food may have a 10% higher risk of dying early.', 'Eating processed food raises your risk of dying early by 25%, a new study has found.', 'number-changed', '25%'],
    ['The senator said the plan failed.', 'The plan was a disgraceful, shameful failure.', 'opinion-added', 'disgraceful'],
    ['The Taliban took Herat on Thursday.', 'The Taliban took Kandahar on Thursday.', 'entity-changed', 'Kandahar'],
    ['As many as 200 people may have died.', '200 people died.', 'number-changed', '200 people'],
    // A rise or a fall told as dramatic.
    ['Unemployment fell slightly to 4.1%.', 'Unemployment plunged to 4.1%.', 'exaggerated', 'plunged'],
    ['Inflation rose to 3.8% in July.', 'Inflation soared to 3.8% in July.', 'exaggerated', 'soared'],
    ['The firm cut 300 jobs.', 'The firm axed 300 jobs.', 'exaggerated', 'axed'],
    // The same move told the other way.
    ['Unemployment fell to 4.1% in June.', 'Unemployment rose to 4.1% in June.', 'direction-reversed', 'rose'],
    // (A denial told as an admission, though the verb is the citation's cue; an acquittal as a conviction.)
    ['The minister denied that the government had misled Parliament.', 'The minister admitted that the government had misled Parliament.', 'direction-reversed', 'admitted'],
    ['The company denied the report.', 'The company confirmed the report.', 'direction-reversed', 'confirmed'],
    ['The jury acquitted him of murder.', 'The jury convicted him of murder.', 'direction-reversed', 'convicted'],
    // A named source cited by a description that names no one.
    ['Four people were killed, Sheriff Keith Pearson said.', 'Four people were killed, the local sheriff said.', 'source-unnamed', 'the local sheriff'],
    ['The road will stay shut, said Maria Lopez, a police spokeswoman.', 'The road will stay shut, a police spokeswoman said.', 'source-unnamed', 'a police spokeswoman'],
    // A figure's scale changed is a number changed.
    ['The company lost $2 million last year.', 'The company lost $2 billion last year.', 'number-changed', '$2 billion last year'],
    ['The drug reduced deaths by a fifth.', 'The drug slashes deaths by a fifth.', 'exaggerated', 'slashes'],
    // A partial effect told as a complete one; a finding told as settled.
    ['A cheap diabetes pill slows ageing, scientists have found.', 'A cheap diabetes pill reverses ageing, scientists have found.', 'exaggerated', 'reverses'],
    // A few told as many or all, in the claim or in who makes it.
    ['Some residents said the water tasted odd.', 'All residents said the water tasted odd.', 'exaggerated', 'All'],
    ['One doctor said the vaccine may cause headaches.', 'Doctors say the vaccine may cause headaches.', 'exaggerated', 'Doctors say'],
    // A plan weighed told as decided.
    ['The council is considering closing the library.', 'The council has decided to close the library.', 'certainty-changed', 'has decided to close'],
    ['A cheap diabetes pill slows ageing, scientists have found.', 'A cheap diabetes pill slows ageing, scientists have confirmed.', 'certainty-changed', 'confirmed'],
    // A likelihood told as a certainty.
    ['There is an 80% chance that temperatures will exceed 1.5C within five years.', 'Temperatures will exceed 1.5C within five years.', 'hedge-removed', 'Temperatures'],
    // A suspicion told as the offence.
    ['A man was arrested on suspicion of murder.', 'A man was arrested for murder.', 'hedge-removed', 'for'],
    // A share's figure without the preposition after it.
    ['The drug reduced deaths by about 20% in trials.', 'The drug reduced deaths by 20% in trials.', 'number-changed', '20%'],
    // A closing figure's bound dropped, other figures in the sentence notwithstanding.
    ['Three cups a day may cut the risk of heart failure by up to 12 per cent, a study suggests.', 'Three cups a day cut the risk of heart failure by 12 per cent, scientists found.', 'number-changed', '12 per cent'],
    // A share rounded into words.
    ['Plastic bags made up 54% of the total litter collected.', 'Plastic bags made up more than half of the total litter collected.', 'number-changed', 'more than half of the total'],
    ['Scientists found microplastics in about 80% of human placentas they examined.', 'Microplastics have been found in nearly every human placenta, scientists have confirmed.', 'number-changed', 'nearly every human placenta'],
    ['A quarter of adults are obese, the survey found.', 'A third of adults are obese, the survey found.', 'number-changed', 'A third of adults'],
    ['Analysts called the results "a train wreck" on Friday.', "Analysts called the results 'a total disaster' on Friday.", 'quote-altered', 'total disaster'],
    // Words changed inside a quote whose marks stay put.
    ['The senator called the bill "a disgrace".', 'The senator called the bill "a total disgrace".', 'quote-altered', 'total'],
  ])('when %j becomes %j, finds %s (%j)', (before, after, kind, words) => {
    const found = findMutations(version(before), version(after)).find((m) => m.kind === kind);
    expect(found?.after).toContain(words);
  });

  it("when only a figure's scale changes, reports the number alone, not the wording too", () => {
    expect(kindsOf('The company lost $2 million last year.', 'The company lost $2 billion last year.')).toEqual(['number-changed']);
  });

  it('when a dramatic move is told plainly, or one plain verb replaces another, reports no exaggeration', () => {
    expect(kindsOf('Shares plunged 20%.', 'Shares fell 20%.')).toEqual(['wording-changed']);
    expect(kindsOf('Sales rose 2%.', 'Sales grew 2%.')).toEqual(['wording-changed']);
  });

  it('when a modal of possibility is dropped, reports the hedge removed, not a change of certainty', () => {
    const before = 'The scientists said the particles may have entered the body through food and air.';
    const after = 'The scientists said the particles entered the body through food and air.';
    expect(findMutations(version(before), version(after))).toEqual([{ kind: 'hedge-removed', before: 'may have', after: '' }]);
  });

  it('when "is believed to" is dropped and a credit replaces the sources, reports the hedge and the citations, in the words and order the sentences use', () => {
    const before = 'The committee subpoenaed an aide who is believed to have leaked a memo, according to three people familiar with the vote.';
    const after = 'The committee subpoenaed an aide who leaked a memo, Politico reported.';
    expect(findMutations(version(before), version(after))).toEqual([
      { kind: 'hedge-removed', before: 'is believed to have', after: '' },
      { kind: 'attribution-dropped', before: 'according to three people familiar with the vote', after: '' },
      { kind: 'attribution-added', before: '', after: 'Politico reported' },
    ]);
  });

  it("when a citation's clause is dropped whole, reports the attribution dropped, not the hedge its sources spoke", () => {
    const before = 'At least 1,200 people may have been killed since May, according to the United Nations, though aid workers say the toll is likely higher.';
    const after = 'At least 1,500 people have been killed since May.';
    expect(findMutations(version(before), version(after))).toEqual([
      { kind: 'hedge-removed', before: 'may', after: '' },
      { kind: 'number-changed', before: 'At least 1,200 people may have', after: 'At least 1,500 people have' },
      { kind: 'attribution-dropped', before: 'according to the United Nations; aid workers say', after: '' },
    ]);
  });

  it.each([
    ['The sides agreed a 72-hour ceasefire on Monday.', 'The sides agreed a three-day ceasefire on Monday.'],
    ['Three soldiers were killed in the attack.', '3 soldiers were killed in the attack.'],
    ['At least 1,200 people have been killed.', 'At least 1200 people have been killed.'],
    ['About 50% of voters backed the plan.', 'About 50 percent of voters backed the plan.'],
    ['The plant opened in 2019 with 300 staff.', 'The plant, opened in 2019, employs 300 people.'],
    // (A word that names a member of every object's prototype is no unit of a figure.)
    ['The council hired 12 constructor firms.', 'The council hired twelve constructor firms.'],
    // (Two shares in one sentence are each compared with its own, not with the other by their unit.)
    ['India made about 20 per cent of iPhones last year, up from less than 5 per cent in 2021.', 'India made about 20 per cent of iPhones last year, up from less than 5 per cent in 2021.'],
    ['A third of adults are obese.', 'One in three adults are obese.'],
    ['All three men were arrested on Monday.', 'All three men were arrested on Tuesday.'],
    ['Half of the voters backed the plan.', '50% of the voters backed the plan.'],
  ])('when %j becomes %j, the same number written another way, reports no number changed', (before, after) => {
    expect(kindsOf(before, after)).not.toContain('number-changed');
  });

  it.each([
    ['Three climbers are missing after the avalanche.', 'Five climbers are missing after the avalanche.', ['number-changed']],
    ['A 72-hour avalanche warning remains in force.', 'A three-day avalanche warning remains in force.', []],
    ['At least 500 people have died on the mountain.', 'More than 500 people have died on the mountain.', ['number-changed']],
    // ("per cent" is how British papers spell "percent": no wording changed.)
    ['India made about 20 percent of iPhones last year.', 'India made about 30 per cent of iPhones last year.', ['number-changed']],
    ['India made about 20 percent of iPhones last year.', 'India made about 20 per cent of iPhones last year.', []],
  ])('when %j becomes %j, tells a figure changed once, as a number (%j), not as a name or a wording', (before, after, kinds) => {
    expect(kindsOf(before, after)).toEqual(kinds);
  });

  it('when only the tense changes and a finding loses where it held, reports that alone', () => {
    expect(findMutations(version('The drug slowed tumour growth in mice, the researchers said.'), version('The drug slows tumour growth, the researchers said.'))).toEqual([
      { kind: 'hedge-removed', before: 'in mice', after: '' },
    ]);
  });

  it('when a name is only set in capitals, or a day is dropped, reports no name changed', () => {
    expect(kindsOf("Sudan's army agreed to a truce around the city.", "SUDAN'S army agreed to a truce around the city.")).not.toContain('entity-changed');
    expect(kindsOf('There is an 80% chance of breaching the limit, the WMO said on Wednesday.', 'The WMO said there is an 80% chance of breaching the limit set in the Paris Agreement.')).not.toContain('entity-changed');
  });

  it.each([
    ['China has condemned the sale of arms to Taiwan.', 'Beijing has condemned the sale of arms to Taiwan.'],
    ['The European Commission is considering tariffs on Chinese cars.', 'Brussels is considering tariffs on Chinese cars.'],
    ['The United States has imposed new sanctions.', 'Washington has imposed new sanctions.'],
    // A common word capitalised to open the sentence is no name; a surname that is also a trade is one.
    ['People who drink coffee live longer.', 'Drinking coffee makes you live longer.'],
  ])('when a state is named by its capital instead, or no name is changed (%j → %j), reports no name changed', (before, after) => {
    expect(kindsOf(before, after)).not.toContain('entity-changed');
  });

  it('when a surname that is also a trade opens the sentence, still reports the name changed', () => {
    expect(kindsOf('Smith won the vote.', 'Jones won the vote.')).toContain('entity-changed');
  });

  it('when only the marks or the words around a quote change, reports no quote altered', () => {
    const before = 'Curcio told reporters the situation was "extremely serious" and warned that more rain was expected.';
    const after = "Curcio described the situation as 'extremely serious', warning that more rain was on the way.";
    expect(kindsOf(before, after)).not.toContain('quote-altered');
  });

  it("when a quote's words are printed without their marks, reports its speaker dropped, no quote altered", () => {
    const before = '"The dose makes the poison," said Matthew Campen, the study\'s lead author.';
    const after = 'The dose makes the poison, and the dose keeps going up.';
    expect(kindsOf(before, after)).not.toContain('quote-altered');
    expect(kindsOf(before, after)).toContain('attribution-dropped');
    // The speaker named in the sentence before the quote's, too.
    const [, quoted] = analyseArticle('"Sunderland has the skills," said chief executive Claire Dunn. "This investment is a vote of confidence in the North East."').sentences;
    const unmarked = findMutations(quoted, version('This investment is a vote of confidence in the North East and proof that Britain is open for business.'));
    expect(unmarked.filter((m) => m.kind === 'attribution-dropped').map((m) => m.before)).toEqual([expect.stringContaining('Claire Dunn')]);
    // A quote's own words changed, marks dropped or not, still alter it.
    expect(kindsOf(before, 'The dose makes the venom, and the dose keeps going up.')).toContain('quote-altered');
  });

  it("when a report's own words are set in marks and credited to it, reports the citations changed, no quote altered", () => {
    const before = 'More than 100,000 homes were left without power after Storm Darragh brought winds of up to 93 mph, utility companies said.';
    const after = 'According to Reuters, "More than 100,000 homes were left without power after Storm Darragh brought winds of up to 93 mph."';
    expect(kindsOf(before, after)).toEqual(['attribution-dropped', 'attribution-added']);
  });

  it('when "as quickly as possible" goes with other words, reports no hedge removed', () => {
    expect(kindsOf('Engineers will restore supplies as soon as possible.', 'Engineers will restore supplies soon.')).not.toContain('hedge-removed');
    expect(kindsOf('Engineers said it was possible that supplies would return.', 'Engineers said supplies would return.')).toContain('hedge-removed');
  });

  it('when the judging words were already in the earlier version, reports no opinion added', () => {
    // 001 → 000 (seeds): the Daily Mail's lead reads as opinion to the model, but every cue word is 001's.
    const before = 'China is prepared to recognize the Taliban as the legitimate ruler of Afghanistan if it succeeds in toppling the Western-backed government in Kabul, U.S. News has learned, a prospect that undercuts the Biden administration’s remaining source of leverage.';
    const after = 'China is reportedly prepared to recognize the Taliban as the legitimate rulers of Afghanistan if they succeed in toppling the Western-backed government in Kabul.';
    expect(kindsOf(before, after)).not.toContain('opinion-added');
    expect(kindsOf(before, after)).toContain('attribution-dropped');
  });

  it('when a figure is graded as it is retold, reports the opinion added with its word', () => {
    const mutations = findMutations(version('Unemployment rose to 4.2% in March, the ONS said.'), version('Unemployment soared to a shocking 4.2% in March.'));
    expect(mutations).toContainEqual({ kind: 'opinion-added', before: '', after: 'shocking' });
  });

  it.each([
    // A figure becomes a count told by its order.
    ['Around 300 people attended the rally.', 'Thousands of people attended the rally.', 'Around 300 people attended', 'Thousands of people attended'],
    // A figure's bound dropped, the figure kept: the same change, with its unit.
    ['About 300 people attended.', '300 people attended.', 'About 300 people attended', '300 people attended'],
    ['The plan could cost up to £2bn.', 'The plan could cost £2bn.', 'up to £2bn', '£2bn'],
  ])('from %j to %j, reports the number changed (%j → %j) and nothing else', (before, after, from, to) => {
    expect(findMutations(version(before), version(after))).toEqual([{ kind: 'number-changed', before: from, after: to }]);
  });

  it('when the same source is cited in other words, reports no change at all', () => {
    expect(kindsOf('Police said the suspect, 34, was arrested on Tuesday.', 'The suspect, 34, was arrested on Tuesday, according to police.')).toEqual([]);
    // (Nor does a figure's bound in other words: "over" is "more than", "roughly" is "about".)
    expect(kindsOf('More than 2 million homes had lost power on Wednesday.', 'Over 2 million homes lost power on Wednesday.')).toEqual([]);
    expect(kindsOf('Around 300 people attended the rally.', 'Roughly 300 people attended the rally.')).toEqual([]);
    // (A named source's name kept, or a pronoun for it, unnames no one.)
    expect(kindsOf('Four people died, Sheriff Keith Pearson said.', 'Four people died, said Keith Pearson, the sheriff.')).toEqual([]);
    expect(kindsOf('Four people died, Sheriff Keith Pearson said.', 'Four people died, he said.')).toEqual([]);
    // (Nor do a quote's marks set in another style, with its tag reordered.)
    expect(kindsOf('"We don\'t yet know what these levels mean," said Matthew Campen, the study\'s lead author.', "'We don't yet know what these levels mean,' lead author Matthew Campen said.")).toEqual([]);
  });

  it('when a quote\'s "We" is printed as the writer\'s own, reports the speaker dropped', () => {
    const before = '"We don\'t yet know what these levels mean for health," said Matthew Campen, the study\'s lead author.';
    expect(kindsOf(before, "We don't yet know what these levels mean for health.")).toEqual(['attribution-dropped']);
  });

  it('when a copy credits the outlet it took the claim from, reports that attribution added, and no name changed', () => {
    // 001 → 000 (seeds): the Daily Mail keeps the intelligence sources and adds U.S. News as theirs.
    const before = 'However, new Chinese military and intelligence assessments of the realities on the ground in Afghanistan have prompted leaders in the Chinese Communist Party to prepare to formalize their relationship with the insurgent network, according to multiple U.S. and foreign intelligence sources familiar with the Chinese assessments.';
    const after = 'According to U.S. and foreign intelligence sources cited by U.S. News & World Report, Chinese Communist Party leaders are preparing to formalize their relationship with the Islamist insurgents.';
    const mutations = findMutations(version(before), version(after));
    expect(mutations.find((m) => m.kind === 'attribution-added')?.after).toBe('cited by U.S. News & World Report');
    expect(mutations.map((m) => m.kind)).not.toContain('attribution-dropped');
    expect(mutations.map((m) => m.kind)).not.toContain('entity-changed');
  });
});
