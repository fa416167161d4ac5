// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterNetpri } from './cluster-netpri';

// Fixtures: test/fixtures/sources/cluster-netpri/{en,de}.txt. cluster.exe prints a title and one line per
// internal network with its 1-based priority (cluster.cpp ScListNetPriority); the title's wording is not
// published, so the fixtures use a cluster.exe table and the parser also reads plain numbered lines.
const FILE = 'cluster-netpri.txt';
const en = readCmdFixture('cluster-netpri', 'en.txt');
const de = readCmdFixture('cluster-netpri', 'de.txt');
const parse = (text: string) => parseClusterNetpri({ text, file: FILE });

describe('parseClusterNetpri', () => {
  it('reads the networks in priority order (English)', () => {
    expect(parse(en)).toEqual({ facts: { networks: ['Private', 'Public'] }, diagnostics: [], language: 'en' });
  });

  it('reads a German capture (CP850)', () => {
    expect(parse(de)).toEqual({ facts: { networks: ['Privat', 'Öffentlich'] }, diagnostics: [], language: 'de' });
  });

  it('orders by the printed priority, not by line', () => {
    const text = [
      'Priority Network Name',
      '-------- ----------------------------------------',
      '       2 Public',
      '       1 Heartbeat Network',
      '',
    ].join('\r\n');
    expect(parse(text).facts.networks).toEqual(['Heartbeat Network', 'Public']);
  });

  it('reads numbered lines without a table', () => {
    expect(parse('Listing network priority order:\r\n\r\n1. Private\r\n2. Public\r\n').facts.networks).toEqual([
      'Private',
      'Public',
    ]);
  });

  it('reads an empty table as no internal network', () => {
    expect(parse('Priority Network Name\r\n-------- ------------\r\n\r\n').facts).toEqual({ networks: [] });
  });

  it('reports an error of cluster.exe instead of a list', () => {
    expect(
      parse('System error 1060 has occurred (0x00000424).\r\nThe specified service does not exist as an installed service.\r\n'),
    ).toEqual({
      facts: {},
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message: 'cluster.exe reported system error 1060: The specified service does not exist as an installed service.',
        },
      ],
    });
  });

  it('tells the language from the title and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterNetpri, file: FILE, fixtures: { en, de }, noFacts: {} });
});
