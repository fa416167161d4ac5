// @ts-nocheck
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { parseExSendConnectors } from './ex-send-connectors';

const FILE = 'ex-send-connectors.txt';
const en = readSourceFixture('ex-send-connectors', 'en.txt');
const de = readSourceFixture('ex-send-connectors', 'de.txt');

describe('parseExSendConnectors', () => {
  it('reads every connector with its source servers, state and size limit (English culture)', () => {
    const { facts, diagnostics } = parseExSendConnectors({ text: en, file: FILE });
    expect(facts.connectors).toEqual([
      {
        name: 'Internet',
        identity: 'Internet',
        sourceTransportServers: ['EX2007-HUB1', 'EX2007-HUB2'],
        enabled: true,
        maxMessageSize: 10485760,
        addressSpaces: ['smtp:*;1'],
      },
      {
        name: 'Smarthost Partner',
        identity: 'Smarthost Partner',
        sourceTransportServers: ['EX2007-HUB1', 'EX2007-HUB2', 'EX2007-HUB3', 'EX2007-HUB4'],
        enabled: false,
        maxMessageSize: 'unlimited',
        addressSpaces: ['smtp:partner.example;1', 'smtp:*.partner.example;1'],
      },
    ]);
    // Five source servers, of which PowerShell printed four.
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 61,
        severity: 'warning',
        message: 'SourceTransportServers shows only its first 4 values: the others are not known',
      },
    ]);
  });

  it('reads German culture sizes', () => {
    const { facts, diagnostics } = parseExSendConnectors({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.connectors).toEqual([
      {
        name: 'Internet',
        identity: 'Internet',
        sourceTransportServers: ['EX2007-HUB1'],
        enabled: true,
        maxMessageSize: 20971520,
        addressSpaces: ['smtp:*;1'],
      },
    ]);
  });

  describeFormatListSource({
    parser: parseExSendConnectors,
    file: FILE,
    fixtures: { en, de },
  });
});
