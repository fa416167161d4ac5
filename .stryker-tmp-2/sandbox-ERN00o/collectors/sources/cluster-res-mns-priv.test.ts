// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { wrapAsConsole } from '../../test/helpers/parser-robustness';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterResMnsPriv } from './cluster-res-mns-priv';

// Fixtures: test/fixtures/sources/cluster-res-mns-priv/{en,de}.txt, written as cluster.exe prints
// `cluster res "Majority Node Set" /priv` (MSG_PRIVATE_LISTING, MSG_PROPERTY_HEADER_RES_ALL, CRLF; German
// in CP850). English: a witness share whose row is longer than 80 columns; German: a witness not set.
const FILE = 'cluster-res-mns-priv.txt';
const en = readCmdFixture('cluster-res-mns-priv', 'en.txt');
const de = readCmdFixture('cluster-res-mns-priv', 'de.txt');
const parse = (text: string) => parseClusterResMnsPriv({ text, file: FILE });

describe('parseClusterResMnsPriv', () => {
  it('reads the file share witness and its intervals (English)', () => {
    expect(parse(en)).toEqual({
      facts: {
        resourceName: 'Majority Node Set',
        mnsFileShare: '\\\\HUBCAS01\\MNS_FSW_CCR-CLUSTER001',
        mnsFileShareCheckInterval: 240,
        mnsFileShareDelay: 4,
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('keeps an empty MNSFileShare as "" (listed, not set), in a German capture', () => {
    expect(parse(de)).toEqual({
      facts: { resourceName: 'Hauptknotensatz', mnsFileShare: '', mnsFileShareCheckInterval: 240, mnsFileShareDelay: 4 },
      diagnostics: [],
      language: 'de',
    });
  });

  it('leaves MNSFileShare out when the resource has no such property (update KB921181 missing)', () => {
    const text = [
      "Listing private properties for 'Majority Node Set':",
      '',
      'T  Resource             Name                           Value',
      '-- -------------------- ------------------------------ -----------------------',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({ facts: { resourceName: 'Majority Node Set' }, diagnostics: [], language: 'en' });
  });

  it('reads the share of a row a console copy wrapped at 80 columns', () => {
    const wrapped = wrapAsConsole(en, 80);
    expect(splitLines(wrapped)[5]!.text).toBe('USTER001');
    expect(parse(wrapped).facts.mnsFileShare).toBe('\\\\HUBCAS01\\MNS_FSW_CCR-CLUSTER001');
  });

  it('does not read a share cut off at the end of the capture', () => {
    const text = en.slice(0, en.indexOf('CLUSTER001'));
    const { facts, diagnostics } = parse(text);
    expect(facts).toEqual({ resourceName: 'Majority Node Set', truncated: true });
    expect(diagnostics).toEqual([
      { file: FILE, line: 5, severity: 'warning', message: 'truncated: line 5 is cut off, property MNSFileShare not read' },
    ]);
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterResMnsPriv, file: FILE, fixtures: { en, de }, noFacts: {} });
});
