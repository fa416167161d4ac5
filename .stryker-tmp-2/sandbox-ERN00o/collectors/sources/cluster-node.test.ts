// @ts-nocheck
import iconv from 'iconv-lite';
import { decodeCapture } from '../../src/bundle/decode';
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterNode } from './cluster-node';

// Fixtures: test/fixtures/sources/cluster-node/{en,de}.txt, written as cluster.exe prints `cluster node`
// (message file layout, `%-15s %6s %s` rows, CRLF); the German one in CP850 with the German status words.
const FILE = 'cluster-node.txt';
const en = readCmdFixture('cluster-node', 'en.txt');
const de = readCmdFixture('cluster-node', 'de.txt');
const parse = (text: string) => parseClusterNode({ text, file: FILE });

const table = (rows: string[]) =>
  [
    'Listing status for all available nodes:',
    '',
    'Node           Node ID Status',
    '-------------- ------- ---------------------',
    ...rows,
    '',
  ].join('\r\n');

describe('parseClusterNode', () => {
  it('reads the nodes of an English capture', () => {
    expect(parse(en)).toEqual({
      facts: {
        nodes: [
          { name: 'EXNODE1', nodeId: 1, state: 'up', stateText: 'Up' },
          { name: 'EXNODE2', nodeId: 2, state: 'paused', stateText: 'Paused' },
        ],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads the nodes of a German capture (CP850)', () => {
    expect(parse(de)).toEqual({
      facts: {
        nodes: [
          { name: 'EXNODE1', nodeId: 1, state: 'up', stateText: 'Aktiv' },
          { name: 'EXNODE2', nodeId: 2, state: 'down', stateText: 'Inaktiv' },
        ],
      },
      diagnostics: [],
      language: 'de',
    });
  });

  it('decodes the German status line from its CP850 bytes', () => {
    const bytes = iconv.encode(de, 'cp850');
    expect(bytes.includes(Buffer.from('verf\x81gbaren', 'latin1'))).toBe(true);
    expect(parse(decodeCapture(bytes, 850).text).facts).toEqual(parse(de).facts);
  });

  it.each([
    ['Up', 'up'],
    ['Down', 'down'],
    ['Paused', 'paused'],
    ['Joining', 'joining'],
    ['Unknown', 'unknown'],
    ['Angehalten', 'paused'],
  ])('maps the status %s to %s', (word, state) => {
    expect(parse(table([`EXNODE1              1 ${word}`])).facts.nodes![0]!.state).toBe(state);
  });

  it('reads a node name that fills its column (15 characters, one blank before the right-aligned ID)', () => {
    expect(parse(table(['EXCHANGENODE001      3 Up'])).facts.nodes).toEqual([
      { name: 'EXCHANGENODE001', nodeId: 3, state: 'up', stateText: 'Up' },
    ]);
  });

  it('keeps an unknown status word as text, leaves the state unknown and warns', () => {
    const { facts, diagnostics } = parse(table(['EXNODE1              1 Evicting']));
    expect(facts.nodes).toEqual([{ name: 'EXNODE1', nodeId: 1, stateText: 'Evicting' }]);
    expect(diagnostics).toEqual([{ file: FILE, line: 5, severity: 'warning', message: 'unknown status "Evicting"' }]);
  });

  it('reads an empty table as no nodes, and no table as unknown nodes', () => {
    expect(parse(table([])).facts).toEqual({ nodes: [] });
    const failed = parse('System error 1722 has occurred (0x000006ba).\r\nThe RPC server is unavailable.\r\n\r\n');
    expect(failed.facts).toEqual({});
    expect(failed.diagnostics).toEqual([
      {
        file: FILE,
        line: 1,
        severity: 'error',
        message: 'cluster.exe reported system error 1722: The RPC server is unavailable.',
      },
    ]);
  });

  it('names French output as unsupported and still reads names and IDs', () => {
    const text = [
      "Liste de l'état de tous les nœuds disponibles :",
      '',
      'Nœud           ID nœud État',
      '-------------- ------- ---------------------',
      'EXNODE1              1 Actif',
      '',
    ].join('\r\n');
    const { facts, diagnostics, language } = parse(text);
    expect(language).toBeUndefined();
    expect(facts.nodes).toEqual([{ name: 'EXNODE1', nodeId: 1, stateText: 'Actif' }]);
    expect(diagnostics).toEqual([{ file: FILE, severity: 'warning', message: 'unsupported language (French labels)' }]);
  });

  it('marks the list truncated when the capture ends inside a row', () => {
    const { facts, diagnostics } = parse(
      table(['EXNODE1              1 Up', 'EXNODE2              2 Up']).replace(/2 Up\r\n$/, '2 U'),
    );
    expect(facts).toEqual({ nodes: [{ name: 'EXNODE1', nodeId: 1, state: 'up', stateText: 'Up' }], truncated: true });
    expect(diagnostics).toEqual([
      { file: FILE, line: 6, severity: 'warning', message: 'truncated: line 6 is cut off, its entry is not read' },
    ]);
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
    expect(detectLanguage(splitLines('EXNODE1 1 Up'))).toBeUndefined();
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterNode, file: FILE, fixtures: { en, de }, noFacts: {} });
});
