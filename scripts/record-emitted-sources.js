#!/usr/bin/env node
'use strict';
/**
 * Records which TypeScript sources the build in dist/ was emitted from: for every .ts file of the project
 * (tsconfig.json's folders) with a .js file in dist/, the SHA-1 of the source text, in dist/emitted-sources.json.
 * `npm test`'s pretest runs it right after its tsc build (build:checked), so that jest can take the JavaScript tsc
 * has just written instead of transpiling every file again in every worker (scripts/jest-transform.js checks each
 * file's hash before it does).
 *
 *   node scripts/record-emitted-sources.js
 */
const { createHash } = require('crypto');
const { existsSync, readdirSync, readFileSync, writeFileSync } = require('fs');
const { join } = require('path');

const FOLDERS = ['src', 'collectors', 'reports', 'test', 'bench', 'scripts'];

function sourcesBelow(root, folder, out) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) sourcesBelow(root, path, out);
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Writes `<root>/dist/emitted-sources.json` and returns what it wrote: source path → SHA-1 of its text. */
function recordEmittedSources(root) {
  const hashes = {};
  for (const folder of FOLDERS) {
    if (!existsSync(join(root, folder))) continue;
    for (const source of sourcesBelow(root, folder, [])) {
      if (!existsSync(join(root, 'dist', source.replace(/\.ts$/, '.js')))) continue;
      hashes[source] = createHash('sha1')
        .update(readFileSync(join(root, source), 'utf8'))
        .digest('hex');
    }
  }
  writeFileSync(join(root, 'dist', 'emitted-sources.json'), `${JSON.stringify(hashes, null, 1)}\n`);
  return hashes;
}

if (require.main === module) recordEmittedSources(join(__dirname, '..'));

module.exports = { recordEmittedSources };
