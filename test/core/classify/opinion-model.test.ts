import { findQuotes } from '../../../src/core/attribution/quotes';
import { opinionEvidence } from '../../../src/core/classify/opinion-model';
import { parseText } from '../../../src/core/text/parse';

const evidenceOf = (text: string) => opinionEvidence(parseText(text).flatMap((s) => s.tokens), findQuotes(text));

describe('opinionEvidence', () => {
  it.each([
    ['This disgraceful, cowardly betrayal is the worst decision the government has ever made.', ['cowardly', 'disgraceful', 'betrayal']],
    ['Frankly, it is absurd that anyone still believes these ridiculous promises.', ['absurd', 'ridiculous', 'Frankly']],
  ])('when the writer judges ("%s"), reads it as opinion with the judging words as cues', (text, cues) => {
    const evidence = evidenceOf(text);
    expect(evidence.probability).toBeGreaterThan(0.5);
    expect(evidence.cues.map((t) => t.text)).toEqual(cues);
  });

  it.each([
    'The council met on Tuesday and approved a budget of $3 million for the new bridge.',
    'The company reported revenue of $4.2 billion in the third quarter, up 3 percent from a year earlier.',
  ])('when a sentence reports facts ("%s"), reads it as neutral', (text) => {
    expect(evidenceOf(text).probability).toBeLessThan(0.2);
  });

  it.each([
    ['His economic worldview is shaped by his ideas about the damaging effects of trade agreements.', ['economic']],
    ['The former secretary of state aggressively pushed the strategy during the Democratic convention.', ['Democratic']],
    ['Russia has stepped up military probing along the borders of the Baltic countries.', ['military', 'Baltic']],
    // An adjective WordNet files as relational ("of a corporation") classifies.
    ['His voice counts for less when corporate elites use market power to settle political questions.', ['corporate']],
    ['Those kinds of human needs cannot be met by capitalist markets alone, they argue.', ['human', 'capitalist']],
    // Stop words carry no judgement of their own.
    ['How well is the United Nations performing on the most vital global challenges of the decade?', ['How', 'most']],
    ["But the president's own party would not unify even around that, with Democrats digging in against him.", ['own', 'not', 'even']],
    // The adjective of a compound noun names a kind of thing.
    ['It demonstrated that China cares little for the Taliban’s human rights abuses.', ['human']],
    ['They do not want you to know that smart meters are being used to spy on your every move.', ['smart']],
    ['Like China, Russia has no issues with tolerating severe human rights violations by the regime.', ['human']],
    // Adjectives of time place things; they judge nothing.
    ['Over the past two years the dramatically destabilizing war-torn region has drawn substantial aid.', ['past', 'war']],
    // The first part of a hyphenated word judges nothing alone.
    ['It is believed the attack was linked to a long-running feud between rival gangs.', ['long']],
    // A noun naming the kind of the noun after it ("a peace plan") judges nothing; "a propaganda state" does.
    ['Armageddon is coming, and no peace plan will stop it.', ['peace']],
    // Nor the second after a noun, which says only what by.
    ["Japan is one of the world's most earthquake-prone countries.", ['prone']],
    // A chance measured ("the risk of…") and a death told judge nothing.
    ['Walking 8,000 steps a day cuts the risk of dying early.', ['risk', 'dying']],
    // Adjectives that sort a thing by who or where.
    ["Senate Republicans on Tuesday blocked a bipartisan border security bill, dealing a blow to President Biden's push.", ['bipartisan']],
    // A verb's particle tells a direction.
    ['It is the latest sign that the oil majors are pivoting away from their green pledges.', ['away']],
    // Adjectives of time place things.
    ['Whatever happens, the coming years will be decisive for the region.', ['coming']],
    // What rules a thing is under sorts it.
    ['The rally was fuelled by hopes of a friendlier regulatory regime.', ['regulatory']],
    // A noun of mild valence names a thing.
    ['If the particle is real, it could help explain dark matter.', ['matter']],
    ["Osimhen would transform Chelsea's attack overnight.", ['attack']],
    // A place told by an adverb: "slotting home", "strike back abroad".
    ['Salah put the visitors ahead, slotting home after a sloppy pass.', ['home', 'ahead']],
    ['We must strike back with our full military might abroad.', ['abroad']],
    // A verb in the progressive tells what goes on.
    ['Bombs may not be falling.', ['falling']],
    // How a thing is reached sorts it.
    ['The pandemic accelerated a shift to online shopping that was already under way.', ['online']],
    // So does the kind of power.
    ["The United Nations Security Council made a strong condemnation of North Korea's latest nuclear test.", ['nuclear']],
    // What can be done, and how, mildly, after its verb.
    ['The virus is only a few mutations away from being able to spread easily between people.', ['able', 'easily']],
  ])('when words sort rather than judge ("%s"), never shows %j as a cue', (text, sorting) => {
    const cues = evidenceOf(text).cues.map((t) => t.text);
    for (const word of sorting) expect(cues).not.toContain(word);
  });

  it('when an adjective in -ing closes the clause after "be" ("are underwhelming"), shows it as the cue', () => {
    expect(evidenceOf('But the much-hyped camera upgrades are underwhelming.').cues.map((t) => t.text)).toContain('underwhelming');
  });

  it.each([
    ['This is a dramatic escalation that could spark a full-blown trade war.', 'dramatic'],
    ['The minister announced drastic cuts to the budget.', 'drastic'],
    ['It is also, for most people, an unnecessary one.', 'unnecessary'],
    ['The double standard applied to Trump is extraordinary.', 'extraordinary'],
  ])('when an adjective in -al, -ic, -ary or -ian grades rather than sorts (%j), shows it as a cue', (text, cue) => {
    expect(evidenceOf(text).cues.map((t) => t.text)).toContain(cue);
  });

  it('when a loaded noun qualifies another ("a propaganda state"), shows it as the cue', () => {
    expect(evidenceOf('Modern Russia is a propaganda state, but not in the same way as the Soviet Union.').cues.map((t) => t.text)).toContain('propaganda');
  });

  it('when the judgement is inside a quote, leaves it to the speaker', () => {
    const quoted = evidenceOf('“This is a disgraceful, cowardly betrayal of everything we stand for,” the senator said.');
    expect(quoted.probability).toBeLessThan(0.2);
    expect(quoted.cues).toEqual([]);
  });

  it('when no word is known, returns probability 0 and no cues', () => {
    expect(evidenceOf('Zxqv blorft wuggle')).toEqual({ probability: 0, cues: [] });
  });
});
