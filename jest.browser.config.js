/** Browser tests: the real app in Debian's Chromium through playwright-core. Screenshots go to screenshots/. */
const base = require('./jest.config');
module.exports = { ...base, testMatch: ['**/*.browser.test.ts'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 120000 };
