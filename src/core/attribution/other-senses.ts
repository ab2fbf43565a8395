import type { ParsedToken } from '../text/parse';
import { BRIEFED, numberSizing, UNNAMED_PEOPLE } from './noun-phrases';
import { personNoun } from './person-nouns';
import { isKnownPlace } from './place-names';
import { isDocumentWord, isStateName } from './source-type';
import { HONORIFIC, isShareOf, NOMINAL, POSSESSIVE, POSSESSIVE_PRONOUN, QUOTE_MARK } from './words';
import { SCORNED_BELIEVER } from '../classify/lexicon';

// Verbs of saying used in another sense: a name given, an idiom of the
// writer's argument, a call made or a meeting called, speaking or facing that
// reports nothing. The cue finders ask these before reading a verb as a report.

/**
 * "The program, called EB-5", "a group called Lashkar-e-Taiba", "dropped a
 * bomb called the mother of all bombs": a name given, not words reported
 * ("Trump called Machado…", "The campaign called the report a fabrication" are).
 */
export function isNaming(tokens: ParsedToken[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // ("a man named Tom Clarke", "a company dubbed Atlas": a name given, no one saying anything.)
  if (/^(?:named|dubbed)$/.test(tokens[k].lower) && before?.pos === 'NOUN' && /^\p{Lu}/u.test(after?.text ?? '')) return true;
  // ("a chimpanzee she named David Greybeard": or by whoever named it, in a clause after it.)
  if (/^(?:named|dubbed|called|christened|nicknamed)$/.test(tokens[k].lower) && before?.pos === 'PRON' && tokens[k - 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k - 2].text) && /^\p{Lu}/u.test(after?.text ?? '')) return true;
  // ("Smith, known as Smudge,", "previously known by his nom de guerre Abu Mohammed al-Julani": the name someone goes by.)
  if (tokens[k].lower === 'known' && /^(?:as|by)$/.test(after?.lower ?? '')) return true;
  if (tokens[k].lower !== 'called' || !before || !after) return false;
  // "His nonprofit group, called the Virginia Conservation Legacy Fund, …": a name may open with "the".
  const name = after.lower === 'the' ? tokens[k + 2] : after;
  const capitalised = !!name && /^\p{Lu}/u.test(name.text);
  // ("One of the doctors called Oz a quack": a name, then what it is called, is words of judgement.)
  let past = k + 1;
  while (tokens[past] && /^\p{Lu}/u.test(tokens[past].text)) past++;
  if (capitalised && past > k + 1 && /^(?:a|an)$/.test(tokens[past]?.lower ?? '')) return false;
  if (before.pos === 'NOUN' && /^[a-z]/.test(before.text)) {
    if (capitalised) return true;
    // A thing after a verb or a preposition is an object, named in lower case too; a subject opens a report.
    let i = k - 1;
    // ("what multiple lawmakers called “fraud”" is their words.)
    while (i >= 0 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[i].pos) && !/^(?:what|which|whatever)$/.test(tokens[i].lower)) i--;
    return i >= 0 && (tokens[i].pos === 'VERB' || tokens[i].pos === 'ADP');
  }
  return capitalised && before.text === ',' && !closesApposition(tokens, k - 1);
}

/** Where a verb's object starts, past its determiners, adjectives and numbers ("confirmed the new nominee"). */
function pastModifiers(tokens: ParsedToken[], from: number, tags: string[] = ['DET', 'ADJ', 'NUM']): number {
  let o = from;
  while (tokens[o] && tags.includes(tokens[o].pos)) o++;
  return o;
}

/**
 * "The Senate confirmed the nominee", "would confirm a replacement", "confirmed Smith as ambassador": a person
 * confirmed in a post, an appointment approved, not words; "Police confirmed the death" states a fact.
 */
export function isAppointing(tokens: ParsedToken[], k: number): boolean {
  if (tokens[k].lemma !== 'confirm') return false;
  const o = pastModifiers(tokens, k + 1);
  const object = tokens[o];
  // ("confirmed the officers were suspended", "confirmed a man had died": the subject of a clause confirmed.)
  if (!object || ['AUX', 'VERB'].includes(tokens[o + 1]?.pos ?? '')) return false;
  // ("confirmed Smith as ambassador": a name, then the post.)
  if (object.pos === 'PROPN') return tokens.slice(o + 1, o + 4).some((t) => t.lower === 'as');
  return object.pos === 'NOUN' && (APPOINTED.test(object.lower) || personNoun(object.lower) === 'singular' || personNoun(object.lower) === 'plural');
}
/** Who is confirmed in a post, besides a person's noun: "a replacement", "his pick". */
const APPOINTED = /^(?:replacements?|picks?|choices?)$/;

/** The comma at `comma` ends "Name, a role…,": "Minyon Moore, a senior adviser to the campaign, called…". */
export function closesApposition(tokens: ParsedToken[], comma: number): boolean {
  const open = tokens.findLastIndex((t, k) => k < comma && t.text === ',');
  return open > 0 && tokens[open - 1].pos === 'PROPN' && tokens[open + 1]?.pos === 'DET';
}

/** The index of the last `word` among the `span` tokens before `k`, or -1. */
function lastBefore(tokens: ParsedToken[], k: number, span: number, word: string): number {
  for (let i = k - 1; i >= 0 && i >= k - span; i--) if (tokens[i].lower === word) return i;
  return -1;
}

/** A score added to: "a second", "a third", "another goal", "his second try", "two more points". */
const SCORED = /^(?:(?:a|an|the|his|her|their|its)\s+(?:second|third|fourth|fifth|sixth|seventh|late|fine|stunning|brilliant|first|consolation|penalty|header|goal|try|point|run|wicket|basket)|another\s+\S+|another\s*$)/;

/** Words asking not to be known: "not to be named", "on condition of anonymity", "speaking anonymously". */
const ANONYMITY = /^(?:named|identified|anonymity|anonymously)$/;
/** What is told that is no report: "tell more jokes", "would tell an American story". */
const TOLD_THINGS = new Set(['story', 'stories', 'joke', 'jokes', 'tale', 'tales', 'truth', 'lie', 'lies', 'time', 'difference']);

/** What a person shows by how they act, not what they show to be true: "showed no emotion", "shows signs of strain". */
const DISPLAYED = /^(?:emotions?|remorse|restraint|signs?|interest|courage|resilience|composure|patience|mercy|leadership|respect|contempt|disdain|compassion|form|promise|character|grit|flashes|glimpses?|mettle|solidarity|defiance|reluctance|willingness|eagerness|enthusiasm|hesitation|flexibility|skill|class)$/;

/** Verbs of attack in words and the particles that make them force in motion: "slammed into", "ripped through". */
const MOTION = new Map([
  ['slam', /^(?:into|onto|against|shut|down)$/],
  ['rip', /^(?:through|apart|off)$/],
  ['blast', /^(?:through|off|into|open|away)$/],
  ['hammer', /^(?:into|down|away)$/],
  ['push', /^(?:into|through|toward|towards|deeper|forward|past|ahead|off|away|open|out)$/],
]);

/** What may be added in words: "added a note of caution", "added the words…", "added a warning that…". */
const WORDS_ADDED = new Set(['word', 'words', 'note', 'comment', 'comments', 'caveat', 'warning', 'remark', 'remarks', 'qualifier', 'plea', 'message', 'postscript', 'line']);
/** What "claimed" takes, not says: lives, a title, a medal, a place. */
const WON_OR_TAKEN = /^(?:lives?|title|titles|crown|trophy|medal|gold|silver|bronze|seat|seats|spot|place|prize|record|championship|pole|scalp|wicket|wickets)$/;

/**
 * A verb of saying in another sense: a turn of the writer's argument ("Having
 * said that, …", "It goes without saying"), a supposition ("Say Mexico
 * demanded…"), a filler ("you know,"), a story or a joke told, an order given ("told her to leave"), a call made ("called into the show",
 * "called Machado on Friday"), a meeting convened ("called an emergency meeting"), or a phrasal
 * verb of arriving or retreating ("showed up", "backed out"), a consequence drawn (", meaning it…"),
 * goods or envoys recalled, a price charged, comment asked for, a reference number quoted, a thing added.
 */
export function isDiscourseIdiom(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  // "after 1,000 charging cycles", "the warning lights", "some telling details": a form in -ing between a determiner,
  // a number or an adjective and its noun modifies the noun; no one speaks.
  if (/ing$/.test(t.lower) && next?.pos === 'NOUN' && ['DET', 'NUM', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) return true;
  // "she insisted on sitting with the parents", "will insist on being Donald Trump": a way of acting, no words ("insisted
  // on a recount" demands one).
  if (t.lemma === 'insist' && /^(?:on|upon)$/.test(tokens[k + 1]?.lower ?? '') && ['VERB', 'AUX'].includes(tokens[k + 2]?.pos ?? '') && /ing$/.test(tokens[k + 2].lower)) return true;
  // "was the most common polymer found, accounting for…": a participle closing a noun phrase that a verb or a
  // preposition governs qualifies the noun; no one found, reported or noted anything ("…, the study found." closes
  // the sentence on its subject and verb).
  if (t.pos === 'VERB' && /(?:ed|found)$/.test(t.lower) && tokens[k - 1]?.pos === 'NOUN' && /^[,.;:)]$/.test(next?.text ?? '.')) {
    let np = k - 1;
    while (np > 0 && ['NOUN', 'ADJ', 'DET', 'ADV', 'NUM'].includes(tokens[np - 1].pos)) np--;
    // ("Rain fell as the experts predicted.": "as" and "than" open a clause, the noun its subject.)
    const governor = tokens[np - 1];
    // ("…, one of the people cautioned.": the share's "of" is the subject's.)
    if (governor && !isShareOf(tokens, np - 1) && (governor.pos === 'AUX' || governor.pos === 'VERB' || (governor.pos === 'ADP' && !/^(?:as|than)$/.test(governor.lower)))) return true;
  }
  // "The accident claimed the lives of three teenagers", "claimed the title", "claimed gold": taking, not saying
  // ("claimed responsibility", "claimed victory", "claimed the record was false" say something).
  const taken = t.lemma === 'claim' ? pastModifiers(tokens, k + 1) : -1;
  if (taken > k && WON_OR_TAKEN.test(tokens[taken]?.lower ?? '') && !['VERB', 'AUX'].includes(tokens[taken + 1]?.pos ?? '')) return true;
  // ("a retired magistrate who suspects everyone", "doubts nobody": a trait of mind, no view of anything told.)
  if ((t.lemma === 'suspect' || t.lemma === 'doubt') && /^(?:everyone|everybody|anyone|anybody|nobody|no|nothing)$/.test(next?.lower ?? '') && (next.lower !== 'no' || tokens[k + 2]?.lower === 'one')) return true;
  // ("a masterclass in saying nothing at all", "the art of saying nothing": silence as a skill, no words told.)
  if (t.lemma === 'say' && /ing$/.test(t.lower) && next?.lower === 'nothing' && tokens[k - 1]?.pos === 'ADP') return true;
  if (t.lemma === 'say') {
    // "Let's say you think…": a supposition.
    if (POSSESSIVE.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'let') return true;
    if (tokens[k - 1]?.lower === 'having' && (next?.lower === 'that' || next?.lower === 'this') && tokens[k + 2]?.text === ',') return true;
    if (tokens[k - 1]?.lower === 'without' && tokens[k - 2]?.lemma === 'go') return true;
    return k === 0 && t.text === 'Say' && next?.pos !== 'PUNCT';
  }
  // "And, you know, I don't think…", "I mean, …": fillers of speech.
  if ((t.lower === 'know' && tokens[k - 1]?.lower === 'you') || (t.lower === 'mean' && tokens[k - 1]?.lower === 'i')) {
    if (next?.text === ',' && (tokens[k - 2]?.text === ',' || k === 1 || QUOTE_MARK.test(tokens[k - 2]?.text ?? '') || tokens[k - 2]?.pos === 'CCONJ')) return true;
  }
  // "the numbers did not add up": a sum, not a remark.
  // ("the economy added 200,000 jobs", "added to the pressure": a sum or a weight added, not a remark.)
  // ("Odegaard added a third late on", "added another": a goal, a try or a point added to the score.)
  if (t.lemma === 'add' && (next?.lower === 'up' || next?.lower === 'to' || next?.pos === 'NUM' || /^[$£€¥]/.test(next?.text ?? '') || SCORED.test(`${next?.lower ?? ''} ${tokens[k + 2]?.lower ?? ''}`))) return true;
  // ("the update would add more controls": a thing added, its phrase with no verb of its own after it; "added the
  // plan was dead" reports, and so do words added: "added a note of caution", "added the words, 'Hillary Clinton.'".)
  if (t.lemma === 'add' && ['DET', 'ADJ', 'NOUN'].includes(next?.pos ?? '')) {
    let o = k + 1;
    while (tokens[o] && ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[o].pos)) o++;
    const said = tokens.slice(k + 1, o).some((x) => WORDS_ADDED.has(x.lower)) || tokens[o]?.lower === 'that';
    if (!said && tokens[o]?.pos !== 'VERB' && tokens[o]?.pos !== 'AUX') return true;
  }
  // "who asked not to be named", "speaking on condition of anonymity": asking for anonymity reports nothing.
  if (t.lemma === 'ask' && next?.lower === 'not' && tokens[k + 2]?.lower === 'to' && tokens[k + 3]?.lower === 'be') return true;
  // ("who did not want to be named", "declined to be identified": wishing for it too.)
  const toBe = next?.lower === 'to' ? k + 2 : -1;
  if (toBe > 0 && tokens[toBe]?.lower === 'be' && /^(?:named|identified)$/.test(tokens[toBe + 1]?.lower ?? '')) return true;
  if ((t.lemma === 'speak' || t.lemma === 'talk') && (next?.lower === 'anonymously' || (next?.lower === 'on' && tokens[k + 2]?.lower === 'condition'))) return true;
  // "…asked not to be named because they feared retribution", "…anonymity because he was not authorised to
  // speak": the reason given for anonymity reports nothing either.
  const because = lastBefore(tokens, k, 6, 'because');
  if (because > 0 && tokens.slice(Math.max(0, because - 5), because).some((x) => ANONYMITY.test(x.lower))) return true;
  if (t.lemma === 'tell' || t.lemma === 'ask') {
    // "tell more jokes", "tell your immigrant story": the thing told, past its determiner and modifiers
    // (not past a hearer: "told me the truth was hard" reports).
    let o = k + 1;
    const modifier = (m: ParsedToken) => ['DET', 'ADJ', 'PROPN', 'NUM'].includes(m.pos) || POSSESSIVE_PRONOUN.has(m.lower) || (m.pos === 'NOUN' && tokens[o + 1]?.pos === 'NOUN');
    while (tokens[o] && modifier(tokens[o])) o++;
    if (t.lemma === 'tell' && TOLD_THINGS.has(tokens[o]?.lower ?? '')) return true;
    // "told her to leave", "told the crowd to go home": an order, not a report; "if Trump asked him to": a request
    // whose words are not given ("asked the candidates to discuss their ideas" gives them).
    const hearer = tokens[k + 1]?.pos === 'PRON' ? k + 2 : o + 1;
    const to = tokens[hearer]?.lower === 'to';
    if (t.lemma === 'tell') return to && tokens[hearer + 1]?.pos === 'VERB';
    if (to && (tokens[hearer + 1]?.pos ?? 'PUNCT') === 'PUNCT') return true;
  }
  // "the health service as we know it", "life as you know it": an idiom for the thing as it is.
  if (t.lemma === 'know' && tokens[k - 2]?.lower === 'as' && /^(?:we|you|they|i)$/.test(tokens[k - 1]?.lower ?? '') && next?.lower === 'it') return true;
  // "Only God knows the hour", "heaven knows": an idiom of not knowing, no one's knowledge told.
  if (t.lemma === 'know' && /^(?:God|Heaven|heaven|Lord)$/.test(tokens[k - 1]?.text ?? '')) return true;
  // "has been viewed more than 2 million times": a count of views, not a view held.
  if ((t.lemma === 'view' || t.lemma === 'watch') && tokens.slice(k + 1, k + 7).some((x) => x.lower === 'times')) return true;
  // "contact the force quoting log 1834", "quoting reference 12/345": a reference number given, not words quoted.
  if (t.lemma === 'quote' && /^(?:log|reference|ref|crime|incident|case|policy|order|account)$/.test(next?.lower ?? '')) return true;
  // "The real Trump showed up", "turned out": arriving or resulting, not showing anything.
  // ("showed no emotion as the verdict was read", "showed little sign of…": a bearing displayed.)
  if (t.lemma === 'show' && DISPLAYED.test(tokens.slice(k + 1, k + 4).find((x) => x.pos === 'NOUN')?.lower ?? '')) return true;
  if ((t.lemma === 'show' && next?.lower === 'up') || (t.lemma === 'turn' && next?.lower === 'out')) return true;
  // "Beijing asserted itself", "found themselves": acting or ending up somewhere, not saying or finding anything.
  if (['assert', 'find', 'show', 'reveal'].includes(t.lemma) && /^(?:itself|themselves|himself|herself|myself|ourselves|yourself)$/.test(next?.lower ?? '')) return true;
  // "…was only “partial,” meaning it…": the writer drawing a consequence, as "which means" does.
  if (t.lower === 'meaning' && (tokens[k - 1]?.text === ',' || QUOTE_MARK.test(tokens[k - 1]?.text ?? ''))) return true;
  // "mailers and phone calls", "a conference call": the noun the tagger took for the verb.
  if (t.lemma === 'call' && /^(?:phone|telephone|conference|video|roll|robo|cold)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  // "state and local leaders": the noun, not the verb.
  if (t.lower === 'state' && next?.pos === 'CCONJ') return true;
  // "Washington backed out", "backed down": retreating, not backing anyone.
  if (t.lemma === 'back' && ['out', 'down', 'away', 'off'].includes(next?.lower ?? '')) return true;
  // "has record low support", "hit record highs": a record held, not one made.
  if (t.lower === 'record' && /^(?:low|high|lows|highs|levels?|numbers|turnout|profits?|sales|heat)$/.test(next?.lower ?? '')) return true;
  // "picked up more mines": acquiring, not choosing.
  if (t.lemma === 'pick' && next?.lower === 'up') return true;
  // "maintains a program", "maintained the roads": keeping something going, not holding a view ("maintains her innocence").
  if (t.lemma === 'maintain' && /^(?:a|an|the|its|their|his|her)$/.test(next?.lower ?? '') && !HELD_VIEW.test(tokens[k + 2]?.lower ?? '')) return true;
  // "released video of the shooting", "released the hostages": made public or set free, no words of the one releasing
  // ("released a statement", "released his plan" put out words).
  if (t.lemma === 'release' && RELEASED_THING.test(tokens.slice(k + 1, k + 5).find((x) => x.pos === 'NOUN')?.lower ?? '')) return true;
  // "two officials and a source briefed on the discussions tell Axios": where unnamed people stand, no briefing they gave
  // ("Officials briefed reporters on the plan" gave one).
  if (BRIEFED.test(t.lower) && UNNAMED_PEOPLE.test(tokens[k - 1]?.lower ?? '') && next?.pos === 'ADP') return true;
  // "Only a fool would believe the figures": someone supposed, to mock a view, not anyone who holds it.
  if (/^(?:would|could)$/.test(tokens[k - 1]?.lower ?? '') && tokens[0]?.lower === 'only' && SCORNED.test(tokens[2]?.lower ?? '')) return true;
  // "asking yourself this", "ask themselves whether": a question put to oneself, no one asked.
  if (t.lemma === 'ask' && /^(?:yourself|yourselves|myself|ourselves|themselves|himself|herself|oneself)$/.test(next?.lower ?? '')) return true;
  // "a process written into the 2015 deal", "wrote the cap into law": set down in a text, no words of the writer's.
  if (t.lemma === 'write' && tokens.slice(k + 1, k + 5).some((x) => x.lower === 'into')) return true;
  // "have conceded just three goals", "conceded a penalty", "conceded ground": let in or given up in play, no admission.
  if (t.lemma === 'concede' && CONCEDED_IN_PLAY.test(tokens.slice(k + 1, k + 5).find((x) => x.pos === 'NOUN')?.lower ?? '')) return true;
  // "pressed the button", "pressed charges", "pressed ahead": pushing or going on; only pressing for a thing, a case or
  // someone on a matter is a stance ("pressed for an inquiry", "pressed Sauer on whether…", "pressed him to resign").
  if (t.lemma === 'press' && !isPressingSomeone(tokens, k)) return true;
  // "grilled the steaks": cooking; only a person is grilled with questions ("grilled Wells Fargo CEO John Stumpf").
  if (t.lemma === 'grill' && !(next?.pos === 'PROPN' || /^(?:him|her|them|me|us)$/.test(next?.lower ?? '') || tokens.slice(k + 1, k + 7).some((x) => x.pos === 'PROPN' || personNoun(x.lower)))) return true;
  // "has assumed a newly created role", "assumed office": taking a post, not supposing.
  if (t.lemma === 'assume' && tokens.slice(k + 1, k + 5).some((x) => TAKEN_POST.test(x.lower)) && !tokens.slice(k + 1, k + 5).some((x) => x.lower === 'that')) return true;
  // "patients admitted to intensive care", "people admitted to a PhD programme": let in, not confessing ("admitted to
  // lying", "admitted to police that…", "admitted to the affair" confess).
  // ("admitted to a Ph.D. program": past an abbreviation's stops.)
  if (t.lemma === 'admit' && next?.lower === 'to') {
    const named = ['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN'];
    let end = pastModifiers(tokens, k + 2, named);
    while (tokens[end]?.text === '.' && tokens[end + 1]?.pos === 'PROPN') end = pastModifiers(tokens, end + 1, named);
    if (ADMITTED_TO.test(tokens[end - 1]?.lower ?? '')) return true;
  }
  // "pushed the door open", "keep pushing the jabs on children": shoving or selling a thing; only a cause pushed is a
  // stance ("pushed for a ban", "pushing a bill", "pushed the idea that…").
  if (t.lemma === 'push' && ['DET', 'NOUN', 'ADJ', 'PRON'].includes(next?.pos ?? '') && !/^(?:for|back|ahead)$/.test(next?.lower ?? '')) {
    const head = tokens[pastModifiers(tokens, k + 1, ['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']) - 1];
    if (!PUSHED_CAUSE.test(head?.lower ?? '')) return true;
  }
  // "has recused himself", "earns that much": acts, no words reported.
  if (t.lemma === 'recuse' || t.lemma === 'earn') return true;
  // "signed up with a network", "chose to file in Richmond", "footage circulated widely", "How we resolve the patchwork".
  if ((t.lemma === 'sign' && next?.lower === 'up') || (t.lemma === 'choose' && next?.lower === 'to')) return true;
  if ((t.lemma === 'circulate' && (next?.pos === 'ADV' || next?.pos === 'ADP')) || (t.lemma === 'resolve' && /^(?:the|a|this|that|their|its|his|her)$/.test(next?.lower ?? ''))) return true;
  // "long enjoyed a revered global standing": a standing held, not a feeling told.
  if (t.lemma === 'enjoy' && tokens.slice(k + 1, k + 5).some((x) => ENJOYED.test(x.lower))) return true;
  // "She wrote down every name", "wrote off the debt": recording or cancelling, not writing to anyone.
  if (t.lemma === 'write' && (next?.lower === 'down' || next?.lower === 'off')) return true;
  // "The storm slammed into the coast", "a fire ripped through the block", "troops pushed into the town": force
  // in motion, not words ("ripped into the plan", "lashed out at critics" still attack).
  if (MOTION.get(t.lemma)?.test(next?.lower ?? '')) return true;
  if (FORCE.has(t.lemma) && isForceUsed(tokens, k)) return true;
  // ("As he welcomed several hundred guests", "welcomed refugees": hosting people, no stance on anything; "summoned his
  // senior climate adviser": sending for someone.)
  if (t.lemma === 'welcome' && isPeopleHosted(tokens, k)) return true;
  if (t.lemma === 'summon') return true;
  // ("he introduced a congressional resolution", "introduced Mr. Clarke to his contacts": a bill or a person brought in.)
  if (t.lemma === 'introduce' && isBroughtIn(tokens, k)) return true;
  // ("Arsenal rarely threatened an equaliser", "threatened to score": a side coming close, no threat made.)
  if (t.lemma === 'threaten' && (PLAY_THREATS.test(tokens[pastModifiers(tokens, k + 1)]?.lower ?? '') || (next?.lower === 'to' && /^(?:score|equali[sz]e|win)$/.test(tokens[k + 2]?.lower ?? '')))) return true;
  if (t.lemma === 'recall' && isWithdrawal(tokens, k)) return true;
  if ((t.lemma === 'reject' || t.lemma === 'accept') && isDealAnswered(tokens, k)) return true;
  if (t.lemma === 'find' && isThingFound(tokens, k)) return true;
  // ("A man found guilty of fraud was jailed", "Anyone found in possession of a knife faces…": a state someone was
  // found in, no finding told; "The study found dead cells" found a thing.)
  if (t.lower === 'found' && ((FOUND_IN_STATE.test(next?.lower ?? '') && tokens[k + 2]?.pos !== 'NOUN') || (next?.lower === 'not' && tokens[k + 2]?.lower === 'guilty') || (next?.lower === 'in' && tokens[k + 2]?.lower === 'possession'))) return true;
  // "could find sanctuary", "found work in Germany": a place or a living got, no finding ("found jobs data had been
  // falsified" is one).
  if (t.lemma === 'find' && isShelterFound(tokens, pastModifiers(tokens, k + 1))) return true;
  if (t.lemma === 'question' && isQuestioningSomeone(tokens, k)) return true;
  // "The BBC has asked the company for a response": a request for comment reports nothing yet.
  if (asksForComment(tokens, k)) return true;
  // "Boeing charged as much as 7,900% above market value", "charged customers $40": a price, not an accusation.
  // ("charged two developers with fraud" is an accusation.)
  if (t.lemma === 'charge' && tokens.slice(k + 1, k + 6).some((o) => /^[$£€]|%$|^(?:dollars|pounds|euros|percent|cents|fees?)$/.test(o.text))) return true;
  return t.lemma === 'call' && (next?.lower === 'into' || isSummoning(tokens, k) || isCallToMeet(tokens, k) || isPhoneCall(tokens, k));
}

/** What a side threatens on the pitch: "threatened an equaliser", "threatened a comeback". */
const PLAY_THREATS = /^(?:equali[sz]er|goal|comeback|upset|century|breakthrough|treble|double)$/;

/** What a legislature's member tables: "introduced a bill", "introduced legislation". */
const TABLED = /^(?:bills?|resolutions?|legislation|amendments?|measures?|motions?)$/;

/** "introduced a congressional resolution", "introduced Mr. Clarke to his banking contacts": a bill tabled or a person met. */
function isBroughtIn(tokens: ParsedToken[], k: number): boolean {
  const h = pastModifiers(tokens, k + 1, ['DET', 'ADJ', 'NUM', 'PROPN']);
  if (TABLED.test(tokens[h]?.lower ?? '')) return true;
  return h > k + 1 && tokens[h - 1].pos === 'PROPN' && tokens[h]?.lower === 'to';
}

/** People a place takes in: "welcomed guests", "welcomed 200 refugees", "welcomed Zelensky to the White House". */
const GUESTS = /^(?:guests|visitors|tourists|delegates|delegations?|refugees|migrants|fans|crowds?|pilgrims|students|pupils|newcomers|members|participants|attendees|leaders|dignitaries|travellers|travelers|passengers|customers|players|recruits)$/;

/** "welcomed several hundred guests", "welcomed Zelensky to the White House": people the verb at `k` takes in, not their words. */
function isPeopleHosted(tokens: ParsedToken[], k: number): boolean {
  const h = pastModifiers(tokens, k + 1, ['DET', 'ADJ', 'NUM', 'ADV']);
  // (Not their words or deeds: "welcomed the delegates' decision", "welcomed Zelensky's remarks".)
  const possessed = (from: number, to: number) => tokens.slice(from, to).some((x) => /^['’]s?$/.test(x.text));
  if (tokens[h]?.pos === 'NOUN') return GUESTS.test(tokens[h].lower) && !possessed(h + 1, h + 2);
  let name = h;
  while (tokens[name + 1]?.pos === 'PROPN') name++;
  return tokens[h]?.pos === 'PROPN' && /^(?:to|into)$/.test(tokens[name + 1]?.lower ?? '') && !possessed(h, name + 1);
}

/** What a side concedes in play: goals, points, a penalty, ground. */
const CONCEDED_IN_PLAY = /^(?:goals?|points?|penalt(?:y|ies)|ground|corners?|tries|try|runs|wickets?|sets?|games?|fouls?|free-kicks?|touchdowns?|baskets?|seats?|territory)$/;
/** What is pressed as a point: "pressed the case", "pressed the issue". */
const PRESSED_POINT = /^(?:case|issue|point|claim|claims|demand|demands|argument|matter|question|questions)$/;
/** Pressing for something, a point, or someone on, about or over a matter, or to act. */
function isPressingSomeone(tokens: ParsedToken[], k: number): boolean {
  const next = tokens[k + 1];
  if (next?.lower === 'for') return true;
  const object = tokens.slice(k + 1, k + 7);
  const head = object.findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON');
  if (head < 0) return false;
  if (PRESSED_POINT.test(object[head].lower)) return true;
  const person = object[head].pos === 'PROPN' || /^(?:him|her|them|me|us)$/.test(object[head].lower) || !!personNoun(object[head].lower);
  return person && object.slice(head + 1).concat(tokens.slice(k + 7, k + 10)).some((x) => /^(?:on|about|over|to|for)$/.test(x.lower));
}

/** Verbs of stance that are also of force: "attacked the plan", "attacked the convoy"; "hammered", "blasted", "defended". */
const FORCE = new Set(['attack', 'hammer', 'blast', 'defend']);
/** What is attacked or held by force: a place, a craft, a post or the people in them. */
export const FORCE_TARGETS = /^(?:bases?|convoys?|ships?|shipping|vessels?|tankers?|boats?|villages?|towns?|city|cities|areas?|regions?|territory|border|checkpoints?|stations?|hospitals?|schools?|positions?|posts?|outposts?|patrols?|troops|soldiers|forces|civilians|residents|police|officers?|guards?|protesters|worshippers|camps?|embassy|embassies|ports?|airports?|airfields?|plants?|infrastructure|facilit(?:y|ies)|buildings?|homes?|houses?|mosques?|churches|church|synagogues?|trains?|bus|buses|cars?|vehicles?|targets?|compounds?|headquarters|barracks|refiner(?:y|ies)|pipelines?|grid)$/;
/** What force is used with: "attacked him with a knife", "attacked the city with drones". */
const WEAPONS = /^(?:knife|knives|guns?|machetes?|axe|hammer|bats?|acid|bombs?|drones?|missiles?|rockets?|grenades?|explosives|weapons?|rifles?|firearms?|stones|rocks|bottles|artillery|tanks|shells)$/;

/**
 * "Russia attacked Ukraine", "Rebels attacked the convoy", "attacked him with a knife", "Troops defended the town": force,
 * not words ("Trump attacked Biden", "attacked the plan as reckless", "attacked Beijing over trade" are words).
 */
function isForceUsed(tokens: ParsedToken[], k: number): boolean {
  let end = k + 1;
  while (end < tokens.length && end < k + 16 && !/^[.,;:!?]$/.test(tokens[end].text)) end++;
  const after = tokens.slice(k + 1, end);
  if (after.some((x, i) => x.lower === 'with' && after.slice(i + 1, i + 4).some((w) => WEAPONS.test(w.lower)))) return true;
  // ("they attacked the USS Cole, killing 17 American sailors": the toll after it.)
  if (tokens[end]?.text === ',' && /^(?:killing|wounding|injuring)$/.test(tokens[end + 1]?.lower ?? '')) return true;
  const head = after.findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON');
  if (head < 0) return false;
  if (after[head].pos === 'NOUN') return FORCE_TARGETS.test(after[head].lower);
  let name = head;
  while (after[name + 1]?.pos === 'PROPN') name++;
  const place = after.slice(head, name + 1).map((x) => x.text).join(' ');
  return (isStateName(place) || isKnownPlace(place)) && !after.some((x) => /^(?:as|over|for)$/.test(x.lower));
}

/**
 * "could call them in", "called in the army", "called off the strike", "called up reservists": sending for,
 * cancelling or summoning, not speech ("called in to a radio show" is phoning; "as The Daily Beast called
 * them in an article" is where it named them).
 */
function isSummoning(tokens: ParsedToken[], k: number): boolean {
  const at = /^(?:it|them|him|her)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  if (!/^(?:in|off|up)$/.test(tokens[at]?.lower ?? '')) return false;
  const medium = tokens[at + 1]?.pos === 'DET' ? tokens[at + 2] : tokens[at + 1];
  return !(tokens[at].lower === 'in' && medium && isDocumentWord(medium.lower));
}

/** Verbs of reaching someone by a channel, which WordNet files under communication. */
const REACHING = new Set(['contact', 'phone', 'telephone', 'email', 'e-mail', 'text', 'message', 'fax', 'ring']);

const ASKS_FOR_COMMENT = new Set(['ask', 'approach', 'contact', 'reach', 'seek']);

const COMMENT = /^(?:comment|comments|response|statement|reaction)$/;

/**
 * "has approached the council for comment", "asked the company for a response", "an email seeking comment": the verb
 * at `k` asks for comment.
 */
export function asksForComment(tokens: ParsedToken[], k: number): boolean {
  if (!ASKS_FOR_COMMENT.has(tokens[k].lemma)) return false;
  if (tokens[k].lemma === 'seek' && COMMENT.test((tokens[k + 1]?.pos === 'DET' ? tokens[k + 2] : tokens[k + 1])?.lower ?? '')) return true;
  for (let o = k + 1; o < k + 10 && tokens[o] && tokens[o].text !== ','; o++) {
    if (tokens[o].lower !== 'for') continue;
    // ("for a comment", "for further comment".)
    let what = o + 1;
    while (tokens[what] && (tokens[what].pos === 'DET' || tokens[what].pos === 'ADJ')) what++;
    if (COMMENT.test(tokens[what]?.lower ?? '')) return true;
  }
  return false;
}

/** What is recalled from where it went: goods sold, an envoy posted. */
const RECALLED = /^(?:vehicles?|cars?|trucks?|pickups?|suvs?|sedans?|motorcycles?|models?|units?|products?|devices?|batteries|phones?|laptops?|toys?|pills?|tablets?|drugs?|medicines?|batch(?:es)?|lots?|packages?|food|meat|beef|eggs|ambassadors?|envoys?|diplomats?|troops)$/;

/**
 * "Tesla recalls 200,000 vehicles", "recalled its ambassador": goods or an
 * envoy called back, not a memory told (a number or such a thing follows).
 */
function isWithdrawal(tokens: ParsedToken[], k: number): boolean {
  let o = k + 1;
  while (o < k + 6 && tokens[o] && (['DET', 'ADJ', 'ADV', 'PROPN', 'PUNCT'].includes(tokens[o].pos) || POSSESSIVE_PRONOUN.has(tokens[o].lower))) o++;
  // ("recalling around 130,000 of its vehicles", "more than 200,000": a figure, sized or not, whatever the tagger calls the sizing word.)
  if (tokens[o] && (tokens[o].pos === 'NUM' || numberSizing(tokens, o) > 0)) return true;
  while (o < k + 7 && tokens[o]?.pos === 'NOUN' && tokens[o + 1]?.pos === 'NOUN') o++;
  return RECALLED.test(tokens[o]?.lower ?? '');
}

/** What is offered in a deal: "an opening bid", "a £60m offer", "the takeover approach". */
const DEALS = /^(?:offers?|bids?|fees?|approach|approaches|deals?|contracts?|loans?|invitations?|takeover|settlement|terms|package|pay|wage)$/;

/**
 * "Napoli rejected an opening bid of £50m", "an offer, which was rejected by
 * the club": a deal turned down or taken, not a claim disputed or endorsed.
 */
function isDealAnswered(tokens: ParsedToken[], k: number): boolean {
  // ("Labour rejected the offer as a gimmick" judges it.)
  if (tokens.slice(k + 1, k + 9).some((x) => x.lower === 'as')) return false;
  let o = k + 1;
  while (o < k + 6 && tokens[o] && (['DET', 'ADJ', 'NUM', 'PROPN', 'SYM'].includes(tokens[o].pos) || POSSESSIVE_PRONOUN.has(tokens[o].lower) || /^[$£€]/.test(tokens[o].text) || (tokens[o].pos === 'NOUN' && tokens[o + 1]?.pos === 'NOUN'))) o++;
  if (DEALS.test(tokens[o]?.lower ?? '')) return true;
  // A passive's subject stands before it: "…an opening offer last week, which was rejected by…".
  const passive = /^(?:was|were|is|are|been|be)$/.test(tokens[k - 1]?.lower ?? '');
  return passive && tokens.slice(Math.max(0, k - 9), k).some((x) => x.pos === 'NOUN' && DEALS.test(x.lower));
}

/** What is found as a place or a living: "sanctuary", "refuge", "work", "a buyer". */
const SHELTER_FOUND = /^(?:sanctuary|refuge|shelter|haven|havens|asylum|work|jobs?|employment|buyers?|homes?|accommodation|housing|solace|comfort)$/;
/** A place or a living at `o`, the head of the object, no clause after it. */
const isShelterFound = (tokens: ParsedToken[], o: number) =>
  SHELTER_FOUND.test(tokens[o]?.lower ?? '') && !['NOUN', 'VERB', 'AUX'].includes(tokens[o + 1]?.pos ?? '');
/** Who is named only to scorn a view: a fool, an idiot. */
const SCORNED = new RegExp(`^(?:${SCORNED_BELIEVER})$`);
/** The state someone is found in: "found guilty", "found dead". */
const FOUND_IN_STATE = /^(?:guilty|dead|alive|liable|unconscious|unresponsive|injured|hanged|hanging|lying|stabbed|shot|drowned|safe|wandering)$/;
/** What a search turns up: a body, a weapon, a stash. */
const FOUND_THINGS = /^(?:body|bodies|remains|corpse|weapons?|knife|knives|guns?|firearms?|rifles?|drugs|cannabis|cocaine|heroin|cash|explosives|ammunition|device|vehicle|car|phone|bag|wreckage)$/;

/**
 * "Police found a man in the river", "Officers found the body of a woman", "Searchers found weapons", "found Ms Walsh
 * with stab wounds": a person or a thing turned up, not a finding ("found that…", "found a link", "found the driver had been drinking" report one).
 */
function isThingFound(tokens: ParsedToken[], k: number): boolean {
  let o = k + 1;
  while (o < k + 5 && tokens[o] && (['DET', 'ADJ', 'NUM'].includes(tokens[o].pos) || POSSESSIVE_PRONOUN.has(tokens[o].lower))) o++;
  // ("Officers found Ms Walsh with multiple stab wounds": a person by name, past the name's words.)
  if (HONORIFIC.test(tokens[o]?.text ?? '') && tokens[o + 1]?.pos === 'PROPN') {
    o++;
    while (tokens[o + 1]?.pos === 'PROPN') o++;
  }
  const head = tokens[o];
  const named = HONORIFIC.test(tokens[k + 1]?.text ?? '') && head?.pos === 'PROPN';
  if (!head || !(named || (head.pos === 'NOUN' && (FOUND_THINGS.test(head.lower) || personNoun(head.lower))))) return false;
  // ("…found the driver had been drinking": the noun opens a clause of what was found, past a place or a kind after
  // it, "found patients at some Sydney hospitals were waiting"; "a man believed to be in his 40s" is told of.)
  let n = o + 1;
  if (tokens[n]?.pos === 'ADP' && NOMINAL.has(tokens[n + 1]?.pos ?? '')) {
    const limit = n + 5;
    n++;
    while (n < limit && NOMINAL.has(tokens[n]?.pos ?? '')) n++;
  }
  return !['VERB', 'AUX'].includes(tokens[n]?.pos ?? '') || (tokens[n + 1]?.lower === 'to' && tokens[n + 2]?.lower === 'be');
}

/** What is convened, not said: "called an emergency meeting", "a swiftly called meeting", "called a vote". */
const CONVENED = new Set(['meeting', 'meetings', 'session', 'sessions', 'vote', 'votes', 'election', 'elections', 'hearing', 'hearings', 'conference', 'summit', 'strike', 'halt', 'recess', 'referendum', 'truce', 'ceasefire']);

/**
 * "Police questioned a man in his 30s", "Detectives are questioning two men", "questioned him": an interview under
 * caution, not a doubt ("questioned whether…", "questioned the figures" doubt).
 */
function isQuestioningSomeone(tokens: ParsedToken[], k: number): boolean {
  let o = k + 1;
  while (tokens[o] && (['DET', 'NUM', 'ADJ'].includes(tokens[o].pos) || POSSESSIVE_PRONOUN.has(tokens[o].lower))) o++;
  const who = tokens[o];
  return !!who && (/^(?:him|her|them)$/.test(who.lower) || (who.pos === 'NOUN' && !!personNoun(who.lower)));
}

function isCallToMeet(tokens: ParsedToken[], k: number): boolean {
  let o = k + 1;
  // ("called the move an election gimmick": an article after the object opens what it is called, no election.)
  const naming = (i: number) => /^(?:a|an)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.pos === 'NOUN';
  while (['DET', 'ADJ', 'NOUN', 'PUNCT'].includes(tokens[o]?.pos ?? '') && !CONVENED.has(tokens[o].lower) && !naming(o) && o < k + 5) o++;
  // ("called the strike "unreasonable"", "called the vote a farce": what it is called follows, words of judgement.)
  const named = QUOTE_MARK.test(tokens[o + 1]?.text ?? '') || /^(?:a|an)$/.test(tokens[o + 1]?.lower ?? '') || tokens[o + 1]?.pos === 'ADJ' || naming(o);
  return CONVENED.has(tokens[o]?.lower ?? '') && !named;
}

/**
 * A telephone call: "called Alicia Machado on Friday to express gratitude", "called her mother on Sunday"; not "called
 * Machado a disgrace".
 */
function isPhoneCall(tokens: ParsedToken[], k: number): boolean {
  let o = k + 1;
  // ("her mother", "his lawyer": someone of theirs.)
  const theirs = POSSESSIVE_PRONOUN.has(tokens[o]?.lower ?? '') && tokens[o + 1]?.pos === 'NOUN' && !!personNoun(tokens[o + 1].lower);
  if (theirs) o += 2;
  else if (tokens[o]?.pos !== 'PROPN') return false;
  while (tokens[o]?.pos === 'PROPN') o++;
  return ['on', 'from', 'last', 'this', 'yesterday', 'today'].includes(tokens[o]?.lower ?? '');
}


/** What is released without saying anything: recordings made public, people set free (a plan or tax returns released put out words). */
const RELEASED_THING = /^(?:video|videos|footage|tapes?|recordings?|photos?|photographs?|images?|pictures?|album|single|song|film|movie|trailer|prisoners?|hostages?|detainees?|funds|money)$/;
/** What one enjoys by holding it: "enjoyed a revered global standing", "enjoys a comfortable lead". */
const ENJOYED = /^(?:standing|lead|majority|popularity|reputation|status|advantage|success|access|immunity|protection|edge|boost|ratings?)$/;
/** What one maintains as a view: "maintains her innocence", "maintained his position". */
const HELD_VIEW = /^(?:innocence|position|stance|view|views|belief|claim|denial|line|silence|opposition|support)$/;
/** What is pushed as a cause: a measure, an idea, a story. */
const PUSHED_CAUSE = /^(?:bills?|legislation|laws?|measures?|plans?|proposals?|policy|policies|reforms?|agenda|ideas?|claims?|narratives?|theory|theories|story|stories|line|message|case|view|notion|conspiracy|myths?|lies|falsehoods?|misinformation|propaganda|changes?|deal|ban|cuts?|tax|taxes|amendments?|resolution|initiative|vote|candidacy|nominee|candidate)$/;
/** What is delivered in words. */
const DELIVERED_WORDS = /^(?:speech|speeches|address|remarks|statement|message|verdict|verdicts|warning|warnings|ultimatum|rebuke|lecture|sermon|eulogy|testimony|judgment|judgement|ruling|report|briefing|keynote)$/;
/** Where someone is admitted to, as a patient, a member or a student. */
const ADMITTED_TO = /^(?:hospitals?|care|intensive|wards?|units?|icu|a&e|clinics?|hospices?|rehab|programmes?|programs?|schools?|universit(?:y|ies)|colleges?|academy|courses?|bar|membership|club|union|practice)$/;
/** What one assumes by taking it: "assumed office", "assumed a newly created role". */
const TAKEN_POST = /^(?:role|office|post|position|power|control|command|responsibility|leadership|presidency|duties|mantle|title|throne|chair)$/;

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)/;

/** What one faces that someone else said or did to one: "faced questions", "has faced ridicule online". */
const CRITICISM = new Set(['question', 'questions', 'questioning', 'criticism', 'criticisms', 'call', 'calls', 'accusation', 'accusations', 'allegation', 'allegations', 'backlash', 'scrutiny', 'ridicule', 'condemnation', 'complaint', 'complaints', 'pressure', 'demand', 'demands', 'attack', 'attacks']);

/** What one submits or files that says something, besides documents: "a complaint", "evidence", "a bid", "an appeal". */
const SUBMISSIONS = /^(?:complaints?|evidence|bids?|appeals?|proposals?|objections?|claims?|applications?|motions?|amendments?|plans?|suits?|lawsuits?|charges?|submissions?|responses?|comments?|questions?|requests?|answers?)$/;

/**
 * Speaking, facing or relying that reports nothing: "spoke to reporters Friday", "never
 * spoke longer than 30 minutes" (no topic: "spoke of", "spoke out about" do
 * report), "faces off against Pence", "never faced a competitive race" (only
 * criticism faced is someone's view: "faced sharp criticism"), studying ("studied
 * physics").
 */
export function reportsNothing(tokens: ParsedToken[], k: number): boolean {
  const { lemma } = tokens[k];
  // "We contacted the council", "phoned his sister": reaching someone, no words told ("texted her that…" tells them).
  if (REACHING.has(lemma)) return !tokens.slice(k + 1, k + 4).some((t) => t.lower === 'that' || t.text === ':' || QUOTE_MARK.test(t.text));
  // "What she has delivered instead is a party…", "delivered the parcels": brought about or brought, no words ("delivered
  // a speech" performs them: see speechActCue; "delivered a verdict", "a warning" tell them).
  if (lemma === 'deliver') return !DELIVERED_WORDS.test(tokens.slice(k + 1, k + 5).find((t) => t.pos === 'NOUN')?.lower ?? '');
  // "He recorded 40 songs", "Arsenal recorded a 2-1 win": set down or achieved, no words told ("recorded that…" tells;
  // a body's count, "Police recorded 5,000 offences", is its figure: see countRecordedCue).
  if (lemma === 'record') return tokens[k + 1]?.lower !== 'that';
  // "relying on Democratic votes", "depends on the weather": leaning on something, not a view; nor is "removing posts
  // based on users' viewpoints", "a firm based in Ohio" a view held.
  if ((lemma === 'rely' || lemma === 'depend' || lemma === 'base') && /^(?:on|upon|in|at)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  // "Jurors deliberated for nine hours": weighing out of hearing, nothing told ("deliberated over whether" weighs a
  // question).
  if (lemma === 'deliberate') return !/^(?:over|about|on|whether)$/.test(tokens[k + 1]?.lower ?? '');
  // "sections related to cheating", "deaths related to the heat": bearing on something ("related the story to
  // police" told it).
  if (lemma === 'relate' && tokens[k + 1]?.lower === 'to') return true;
  // "History doesn't repeat, but it rhymes", "the pattern repeated itself": happening again, nothing said again
  // ("repeated the claim", "repeated that…" say it).
  if (lemma === 'repeat') return !tokens[k + 1] || tokens[k + 1].pos === 'PUNCT' || /^(?:itself|themselves|across|every|each)$/.test(tokens[k + 1].lower);
  if (lemma === 'speak' || lemma === 'talk') {
    // A topic ("spoke of", "on the economy"), not a time ("on Friday"), or words quoted; not past the terms or the
    // setting of speaking ("spoke to Reuters on condition of anonymity").
    const says = (t: ParsedToken, next: ParsedToken | undefined) =>
      /^(?:about|of|out|against)$/.test(t.lower) || (t.lower === 'on' && !WEEKDAY.test(next?.lower ?? '')) || t.text === ':' || QUOTE_MARK.test(t.text);
    const window = tokens.slice(k + 1, k + 8);
    // ("spoke against a backdrop of flags": where, not what against.)
    const terms = window.findIndex((t, i) => (t.lower === 'on' && window[i + 1]?.lower === 'condition') || (t.lower === 'against' && window.slice(i + 1, i + 6).some((x) => /^(?:backdrop|background)$/.test(x.lower))));
    return !window.slice(0, terms < 0 ? undefined : terms).some((t, i) => says(t, tokens[k + 2 + i]));
  }
  // "studied physics at Manchester", "Researchers studied 500 patients": learning or research done, not a finding
  // told; "studied how the virus spreads" asks a question that a finding will answer.
  if (lemma === 'study') return !/^(?:how|whether|why|what|which)$/.test(tokens[k + 1]?.lower ?? '');
  // "trained at RADA", "taught at Harvard", "lectured in law", "was educated at Eton": a career, not a view.
  if (/^(?:train|teach|lecture|educate|graduate|tutor|qualify)$/.test(lemma)) return /^(?:at|in|as|under|with|for|from)$/.test(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.pos === 'PUNCT';
  // "submitted false invoices", "filed for bankruptcy": handing in what says nothing ("submitted a report", "filed a
  // complaint", "submitted evidence that…" state something).
  if (lemma === 'submit' || lemma === 'file') {
    const handed = tokens[pastModifiers(tokens, k + 1)];
    return !!handed && !(isDocumentWord(handed.lower) || SUBMISSIONS.test(handed.lower) || handed.lower === 'that' || QUOTE_MARK.test(handed.text));
  }
  if (lemma === 'face') {
    const o = pastModifiers(tokens, k + 1, ['DET', 'ADJ', 'ADV', 'NUM']);
    // "faces charges including grand theft" are the law's; "faced charges that he lied" someone's allegation.
    if (/^charges?$/.test(tokens[o]?.lower ?? '')) return tokens[o + 1]?.lower !== 'that';
    return !CRITICISM.has(tokens[o]?.lower ?? '');
  }
  return false;
}
