'use strict';
/**
 * Jest's transform of bpa's TypeScript files. `npm test` builds the whole project with tsc first (pretest:
 * build:checked, which also type-checks), and that build is exactly what ts-jest would produce file by file (the
 * same tsconfig.json, `isolatedModules`, no type information used). So a file whose source text is the one the
 * build was emitted from (its SHA-1 in dist/emitted-sources.json, scripts/record-emitted-sources.js) is taken from
 * dist/ as it is; every other file goes through ts-jest as before:
 * - a file changed since the last build (`npx jest` without `npm test`, a mutant of Stryker's sandbox);
 * - a file that calls `jest.mock()` and its kind: ts-jest hoists those calls above the imports, tsc does not;
 * - a file the build has no JavaScript for.
 * Without it, each jest worker transpiled every file it loads again (about a minute of worker time on a cold cache,
 * 2 cores). The module keeps its own path, so `__dirname` and jest's messages name the TypeScript file.
 */
const { readFileSync } = require('fs');
const { join, relative, sep } = require('path');
const { readManifest, sha1 } = require('./emitted-build');

const ROOT = join(__dirname, '..');
/** Calls ts-jest moves above the imports (its hoisting transformer); tsc leaves them where they are. */
const HOISTED = /\bjest\s*\.\s*(?:mock|unmock|enableAutomock|disableAutomock|deepUnmock)\s*\(/;

/**
 * The JavaScript the build in `<root>/dist` emitted from exactly this source text, or undefined (the manifest is
 * read once, at the first file).
 */
function emittedFrom(root) {
  let manifest;
  return (sourceText, sourcePath) => {
    if (HOISTED.test(sourceText)) return undefined;
    manifest ??= readManifest(root);
    const source = relative(root, sourcePath).split(sep).join('/');
    if (!Object.hasOwn(manifest, source) || manifest[source] !== sha1(sourceText)) return undefined;
    try {
      return readFileSync(join(root, 'dist', source.replace(/\.ts$/, '.js')), 'utf8');
    } catch {
      return undefined;
    }
  };
}

function createTransformer(tsJestOptions) {
  let tsJest;
  const viaTsJest = () => (tsJest ??= require('ts-jest').default.createTransformer(tsJestOptions));
  const emitted = emittedFrom(ROOT);

  return {
    canInstrument: false,
    getCacheKey(sourceText, sourcePath, options) {
      const code = emitted(sourceText, sourcePath);
      if (code === undefined) return `ts-jest:${viaTsJest().getCacheKey(sourceText, sourcePath, options)}`;
      return `dist:${sha1(`${sourcePath}\u0000${code}`)}`;
    },
    process(sourceText, sourcePath, options) {
      const code = emitted(sourceText, sourcePath);
      return code === undefined ? viaTsJest().process(sourceText, sourcePath, options) : { code };
    },
  };
}

module.exports = { createTransformer, emittedFrom };
