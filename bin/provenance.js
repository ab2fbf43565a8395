#!/usr/bin/env node
// Runs the compiled CLI; `npm install` builds it (postinstall), `npm run build` rebuilds it.
require('../dist/src/cli/main.js');
