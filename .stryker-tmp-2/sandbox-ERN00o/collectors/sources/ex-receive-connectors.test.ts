// @ts-nocheck
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { parseExReceiveConnectors } from './ex-receive-connectors';

const FILE = 'ex-receive-connectors.txt';
const en = readSourceFixture('ex-receive-connectors', 'en.txt');
const de = readSourceFixture('ex-receive-connectors', 'de.txt');

describe('parseExReceiveConnectors', () => {
  it('reads every connector with its server, state and size limit (English culture)', () => {
    const { facts, diagnostics } = parseExReceiveConnectors({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.connectors).toEqual([
      {
        name: 'Default EX2007-HUB1',
        identity: 'EX2007-HUB1\\Default EX2007-HUB1',
        server: 'EX2007-HUB1',
        enabled: true,
        maxMessageSize: 10485760,
      },
      {
        name: 'Client EX2007-HUB1',
        identity: 'EX2007-HUB1\\Client EX2007-HUB1',
        server: 'EX2007-HUB1',
        enabled: true,
        maxMessageSize: 10485760,
      },
      {
        name: 'Relay from printers',
        identity: 'EX2007-HUB2\\Relay from printers',
        server: 'EX2007-HUB2',
        enabled: false,
        maxMessageSize: 20971520,
      },
    ]);
  });

  it('reads German culture sizes and names with umlauts', () => {
    const { facts, diagnostics } = parseExReceiveConnectors({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.connectors!.map((c) => [c.name, c.server, c.maxMessageSize])).toEqual([
      ['Default EX2007-HUB1', 'EX2007-HUB1', 10485760],
      ['Weiterleitung für Scanner', 'EX2007-HUB1', 26214400],
    ]);
  });

  it('takes the server from Server when the identity has none', () => {
    const text = formatList([
      [
        ['Name', 'Default'],
        ['Server', 'EX2007-EDGE1'],
        ['MaxMessageSize', 'unlimited'],
      ],
    ]);
    expect(parseExReceiveConnectors({ text, file: FILE }).facts.connectors).toEqual([
      { name: 'Default', server: 'EX2007-EDGE1', maxMessageSize: 'unlimited' },
    ]);
  });

  describeFormatListSource({
    parser: parseExReceiveConnectors,
    file: FILE,
    fixtures: { en, de },
  });
});
