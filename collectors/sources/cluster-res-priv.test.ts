import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterResPriv } from './cluster-res-priv';

// Fixtures: test/fixtures/sources/cluster-res-priv/{2008-en,2003-de}.txt, written as cluster.exe prints
// `cluster res /priv` for every resource: the property listing of cmderror.mc (MSG_PRIVATE_LISTING,
// MSG_PROPERTY_HEADER_RES_ALL, rows `%-2s %-20s %-30s %s`, owner names longer than their column pushing the
// row right), CRLF, German in CP850. The private properties are those the resource types document: IP
// Address (Network, Address, SubnetMask, EnableNetBIOS, EnableDhcp on 2008), Network Name, the File Share
// Witness of a 2008 cluster (SharePath) and the Majority Node Set of 2003 with KB921181. No capture of the
// all-resources listing was at hand: its intro line follows the one-resource listing of the corpus fixtures.
const FILE = 'cluster-res-priv.txt';
const en2008 = readCmdFixture('cluster-res-priv', '2008-en.txt', 437);
const de2003 = readCmdFixture('cluster-res-priv', '2003-de.txt');
const parse = (text: string) => parseClusterResPriv({ text, file: FILE });

describe('parseClusterResPriv', () => {
  it('finds the file share witness of a Windows Server 2008 cluster by its SharePath', () => {
    expect(parse(en2008)).toEqual({
      facts: {
        fileShareWitnesses: [
          { resource: 'File Share Witness (\\\\EXHUB01\\FSW_EXCLUS01)', sharePath: '\\\\EXHUB01\\FSW_EXCLUS01' },
        ],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads the Majority Node Set settings of a German 2003 cluster, and knows it has no SharePath', () => {
    expect(parse(de2003)).toEqual({
      facts: {
        fileShareWitnesses: [],
        majorityNodeSet: {
          resource: 'Hauptknotensatz',
          mnsFileShare: '\\\\EX2007-HUB1\\FSW_EX2007-CLUSTER',
          checkInterval: 240,
          delay: 4,
        },
      },
      diagnostics: [],
      language: 'de',
    });
  });

  it('does not take a listing cut off before any witness for one without', () => {
    const cut = de2003.slice(0, de2003.indexOf('Cluster-IP-Adresse   Address') + 30);
    const { facts, diagnostics } = parse(cut);
    expect(facts).toEqual({ truncated: true });
    expect(diagnostics.map((d) => d.message).join()).toMatch(/truncated/);
  });

  it('reports an error of cluster.exe instead of a listing', () => {
    expect(parse('System error 1722 has occurred (0x000006ba).\r\nThe RPC server is unavailable.\r\n\r\n')).toEqual({
      facts: {},
      diagnostics: [
        {
          file: FILE,
          line: 1,
          severity: 'error',
          message: 'cluster.exe reported system error 1722: The RPC server is unavailable.',
        },
      ],
    });
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en2008))).toBe('en');
    expect(detectLanguage(splitLines(de2003))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({
    parser: parseClusterResPriv,
    file: FILE,
    fixtures: { '2008-en': en2008, '2003-de': de2003 },
    noFacts: {},
  });
});
