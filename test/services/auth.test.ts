import { hashPassword, verifyPassword } from '../../src/services/auth';

describe('hashPassword', () => {
  it('when hashing, salts each hash and verifies only the right password', async () => {
    const [a, b] = [await hashPassword('correct horse battery staple'), await hashPassword('correct horse battery staple')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('correct horse battery staple', a)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stable', a)).resolves.toBe(false);
    await expect(verifyPassword('anything', 'not-a-hash')).resolves.toBe(false);
  });
});
