import { roleBeside } from '../../../src/web/presenters/sources';

describe('roleBeside', () => {
  it.each([
    ['her son', 'son', null],
    ['Sarah Holmes', 'Det Insp', 'Det Insp'],
    ['The regional governor, Roman Busargin', 'The regional governor', null],
    ['Jen Psaki', null, null],
  ])('when the source is %j with the role %j, prints %j beside it', (name, role, shown) => {
    expect(roleBeside(name, role)).toBe(shown);
  });
});
