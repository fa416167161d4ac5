#!/usr/bin/env node
// @ts-nocheck
'use strict';
// The compiled CLI; `npm ci` builds it (the prepare script).
const { main } = require('../dist/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
