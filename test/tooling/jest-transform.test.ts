import { createHash } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeBelow } from '../helpers/file-tree';

/**
 * scripts/jest-transform.js takes a file's JavaScript from dist/ only when the build was emitted from exactly the
 * source text jest is loading (scripts/record-emitted-sources.js records it); anything else goes through ts-jest.
 * A stale dist/ must never stand in for a changed source.
 */
type Emitted = (sourceText: string, sourcePath: string) => string | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { emittedFrom } = require('../../scripts/jest-transform') as { emittedFrom: (root: string) => Emitted };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { recordEmittedSources } = require('../../scripts/record-emitted-sources') as {
  recordEmittedSources: (root: string) => Record<string, string>;
};

const SOURCE = "import { join } from 'path';\nexport const here = join('a', 'b');\n";
const BUILT = '"use strict";\nexports.here = "built";\n';

let root: string;
const put = (path: string, text: string) => writeBelow(root, path, text);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bpa-jest-transform-'));
  put('src/a.ts', SOURCE);
  put('dist/src/a.js', BUILT);
  put('src/types.d.ts', 'export {};\n');
  put('test/unbuilt.test.ts', SOURCE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the manifest names each source with built JavaScript, with the SHA-1 of its text', () => {
  expect(recordEmittedSources(root)).toStrictEqual({
    'src/a.ts': createHash('sha1').update(SOURCE).digest('hex'),
  });
});

test.each<[string, string, () => void, string | undefined]>([
  ['the source the build was emitted from: the built JavaScript', SOURCE, () => {}, BUILT],
  ['a source changed after the build: ts-jest', `${SOURCE}// changed\n`, () => {}, undefined],
  ['no manifest (no pretest build): ts-jest', SOURCE, () => rmSync(join(root, 'dist', 'emitted-sources.json')), undefined],
  ['a manifest that is no JSON: ts-jest', SOURCE, () => put('dist/emitted-sources.json', '{'), undefined],
  ['the built file deleted after the manifest: ts-jest', SOURCE, () => rmSync(join(root, 'dist/src/a.js')), undefined],
  [
    'a source with jest.mock, which ts-jest hoists above the imports: ts-jest',
    `${SOURCE}jest.mock('fs');\n`,
    () =>
      put(
        'dist/emitted-sources.json',
        JSON.stringify({ 'src/a.ts': createHash('sha1').update(`${SOURCE}jest.mock('fs');\n`).digest('hex') }),
      ),
    undefined,
  ],
])('%s', (_, text, change, expected) => {
  recordEmittedSources(root);
  change();
  expect(emittedFrom(root)(text, join(root, 'src/a.ts'))).toBe(expected);
});

test('a source the build has no JavaScript for is not in the manifest: ts-jest', () => {
  recordEmittedSources(root);
  expect(emittedFrom(root)(SOURCE, join(root, 'test/unbuilt.test.ts'))).toBeUndefined();
});

test('a manifest key that is an Object property is no entry: ts-jest', () => {
  recordEmittedSources(root);
  expect(emittedFrom(root)(SOURCE, join(root, 'constructor'))).toBeUndefined();
});
