import { roleBeside, shownCue } from '../../../src/web/presenters/sources';

describe('roleBeside', () => {
  it.each([
    ['her son', 'son', null],
    ['Sarah Holmes', 'Det Insp', 'Det Insp'],
    ['The regional governor, Roman Busargin', 'The regional governor', null],
    ['Jen Psaki', null, null],
    // A role that opened its sentence loses the capital after a name.
    ['Wes Streeting', 'The health secretary', 'the health secretary'],
  ])('when the source is %j with the role %j, prints %j beside it', (name, role, shown) => {
    expect(roleBeside(name, role)).toBe(shown);
  });
});

describe('shownCue', () => {
  it.each([
    [':', 'label'],
    ['—', 'signature'],
    ['―', 'signature'],
    ['said', 'said'],
  ])('shows the cue %j as %j', (cue, shown) => {
    expect(shownCue(cue)).toBe(shown);
  });
});
