import { readFileSync } from 'fs';
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { BUNDLE_FORMAT_PATH, undocumentedSources, withSourceTable } from '../../src/bundle/format-docs';
import { ROOT } from '../helpers/run-bpa';

describe('docs/bundle-format.md', () => {
  const doc = readFileSync(join(ROOT, BUNDLE_FORMAT_PATH), 'utf8');

  test('every source of the registry has a description, and every description a source', () => {
    expect(undocumentedSources()).toEqual({ undescribed: [], unknown: [] });
  });

  test('its source table is current (npm run docs rewrites it)', () => {
    expect(doc).toBe(withSourceTable(doc));
  });

  test('names every source file with its command', () => {
    for (const source of SOURCES) expect(doc).toContain(`| \`${source.file}\` | \`${source.command.replace(/\|/g, '\\|')}\` |`);
  });

  test('documents bundle.json and the layout the collection scripts write', () => {
    for (const text of [
      '`customer`',
      '`collectedAt`',
      '`plan`',
      '`clusterServiceAccount`',
      '_organization/',
      '<CMSNAME>/',
      'chcp.txt',
      '.zip',
    ]) {
      expect(doc).toContain(text);
    }
  });
});
