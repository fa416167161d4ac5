// @ts-nocheck
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { definitionFor } from '../../collectors/source-definition';
import { SOURCES } from '../../collectors/registry';

/** The samples are written as the real tools write them: this keeps them honest when someone edits one. */
const ROOT = join(__dirname, '..', '..', 'samples');
const files = readdirSync(ROOT)
  .filter((b) => statSync(join(ROOT, b)).isDirectory())
  .flatMap((bundle) =>
    readdirSync(join(ROOT, bundle))
      .filter((f) => statSync(join(ROOT, bundle, f)).isDirectory())
      .flatMap((folder) => readdirSync(join(ROOT, bundle, folder)).map((file) => join(bundle, folder, file))),
  );

test.each(files)('%s has the encoding and line ends of the tool that writes it', (path) => {
  const bytes = readFileSync(join(ROOT, path));
  const writer = definitionFor(SOURCES, path.split(/[\\/]/).pop()!)!.writer;
  if (writer === 'cmd') {
    expect(bytes[0] === 0xff || bytes[0] === 0xef).toBe(false);
    expect(bytes.includes(0)).toBe(false);
    expect(/(^|[^\r])\n/.test(bytes.toString('latin1'))).toBe(false);
  } else {
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(/(^|[^\r])\n/.test(bytes.subarray(2).toString('utf16le'))).toBe(false);
  }
});
