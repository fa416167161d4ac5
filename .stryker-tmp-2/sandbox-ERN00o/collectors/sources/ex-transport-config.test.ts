// @ts-nocheck
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { parseExTransportConfig } from './ex-transport-config';

const FILE = 'ex-transport-config.txt';
const en = readSourceFixture('ex-transport-config', 'en.txt');
const de = readSourceFixture('ex-transport-config', 'de.txt');

describe('parseExTransportConfig', () => {
  it('reads the dumpster and message size limits (English culture)', () => {
    const { facts, diagnostics } = parseExTransportConfig({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts).toEqual({
      maxDumpsterSizePerStorageGroup: 18874368,
      maxDumpsterTime: 604800,
      maxReceiveSize: 10485760,
      maxSendSize: 10485760,
      maxRecipientEnvelopeLimit: 5000,
    });
  });

  it('reads German culture sizes and unlimited values', () => {
    const { facts, diagnostics } = parseExTransportConfig({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts).toEqual({
      maxDumpsterSizePerStorageGroup: 31457280,
      maxDumpsterTime: 1209600,
      maxReceiveSize: 'unlimited',
      maxSendSize: 20971520,
      maxRecipientEnvelopeLimit: 'unlimited',
    });
  });

  it('leaves out what the output does not give', () => {
    const text = formatList([
      [
        ['MaxDumpsterTime', '7.00:00:00'],
        ['MaxSendSize', ''],
      ],
    ]);
    expect(parseExTransportConfig({ text, file: FILE }).facts).toEqual({ maxDumpsterTime: 604800 });
  });

  it('reads the first object when there are several, and says so', () => {
    const text = formatList([[['MaxDumpsterTime', '7.00:00:00']], [['MaxDumpsterTime', '1.00:00:00']]]);
    const { facts, diagnostics } = parseExTransportConfig({ text, file: FILE });
    expect(facts).toEqual({ maxDumpsterTime: 604800 });
    expect(diagnostics).toEqual([
      { file: FILE, severity: 'warning', message: '2 transport configuration objects: only the first is read' },
    ]);
  });

  describeFormatListSource({
    parser: parseExTransportConfig,
    file: FILE,
    fixtures: { en, de },
  });
});
