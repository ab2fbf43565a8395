import { loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('when nothing is set, uses the embedded database in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ databaseUrl: undefined, port: 3000, loadSampleCorpus: true });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('when DATABASE_URL is a postgresql URL, uses it', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/db' }).databaseUrl).toBe('postgresql://u@127.0.0.1:5432/db');
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must be a postgresql:// URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
  ])('when the environment is %j, refuses to start and says what to fix', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
