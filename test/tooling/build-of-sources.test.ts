import { createHash } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeBelow } from '../helpers/file-tree';

/**
 * scripts/jest-global-setup.js hands the tests the build's generated files (the list of checked rule files, the
 * precompiled validators) only when the build in dist/ was made from the sources as they are
 * (dist/emitted-sources.json, scripts/emitted-build.js): a stale build must never let an edited checker or schema
 * stand in for the sources.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildOfSources } = require('../../scripts/jest-global-setup') as {
  buildOfSources: (root: string) => string | undefined;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builtFromCurrentSources } = require('../../scripts/emitted-build') as {
  builtFromCurrentSources: (root: string) => boolean;
};

const SOURCE = 'export const a = 1;\n';
const LIST = 'dist/src/rules/rule-checks.json';
const VALIDATOR = 'dist/src/shared/validators/snapshot.js';
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

let root: string;
const put = (path: string, text: string) => writeBelow(root, path, text);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bpa-build-of-sources-'));
  put('src/rules/check-rule.ts', SOURCE);
  put('src/b.ts', SOURCE);
  put('dist/emitted-sources.json', JSON.stringify({ 'src/rules/check-rule.ts': sha1(SOURCE), 'src/b.ts': sha1(SOURCE) }));
  put(LIST, '{"passed":[]}\n');
  put(VALIDATOR, 'module.exports = {};\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test.each<[string, () => void, boolean]>([
  ['every built source unchanged: the build is current', () => {}, true],
  ['a new source the build does not know: still current (nothing built imports it)', () => put('src/c.ts', SOURCE), true],
  ['one source edited after the build', () => put('src/rules/check-rule.ts', `${SOURCE}// edited\n`), false],
  ['one built source deleted', () => rmSync(join(root, 'src/b.ts')), false],
  ['no manifest (a build without pretest)', () => rmSync(join(root, 'dist/emitted-sources.json')), false],
  ['an empty manifest', () => put('dist/emitted-sources.json', '{}'), false],
  ['a manifest that is no JSON', () => put('dist/emitted-sources.json', '{'), false],
  ['a manifest that is JSON null', () => put('dist/emitted-sources.json', 'null'), false],
  ['a manifest that is an array', () => put('dist/emitted-sources.json', '["src/b.ts"]'), false],
])('%s', (_, change, current) => {
  change();
  expect(builtFromCurrentSources(root)).toBe(current);
  expect(buildOfSources(root)).toBe(current ? join(root, 'dist', 'src') : undefined);
});

test.each([LIST, 'dist/src/shared/validators'])('a current build without %s is not handed on', (generated) => {
  rmSync(join(root, generated), { recursive: true });
  expect(builtFromCurrentSources(root)).toBe(true);
  expect(buildOfSources(root)).toBeUndefined();
});
