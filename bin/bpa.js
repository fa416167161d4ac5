#!/usr/bin/env node
'use strict';
// The compiled CLI; `npm ci` builds it (the prepare script).
require('../dist/src/cli/main.js').run();
