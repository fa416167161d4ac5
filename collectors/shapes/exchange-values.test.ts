import fc from 'fast-check';
import { binaryString } from '../../test/helpers/binary-string';
import {
  detectDateOrder,
  identityServer,
  isUnlimited,
  lastIdentityPart,
  parseAdObjectId,
  parseBoolean,
  parseByteQuantifiedSize,
  parseEnumFlags,
  parseExchangeDate,
  parseExchangeVersion,
  parseInteger,
  parseMultiValued,
  parseTimeSpan,
  parseUnlimitedBytes,
  parseUnlimitedInteger,
  parseUnlimitedTimeSpan,
} from './exchange-values';

describe('parseByteQuantifiedSize', () => {
  it.each([
    ['18MB (18,874,368 bytes)', 18874368],
    ['10240KB (10,485,760 bytes)', 10485760],
    ['18 MB (18.874.368 bytes)', 18874368],
    ['18 MB (18.874.368 Bytes)', 18874368],
    ['18 MB (18 874 368 bytes)', 18874368],
    ['18 MB (18\u00A0874\u00A0368 bytes)', 18874368],
    ["2GB (2'147'483'648 bytes)", 2147483648],
    ['1.953 GB (2,097,152,000 bytes)', 2097152000],
    ['512B (512 bytes)', 512],
    ['0B (0 bytes)', 0],
    ['18MB', 18874368],
    ['1.5 GB', 1610612736],
    ['1,5 GB', 1610612736],
    ['10485760', 10485760],
  ])('%s → %d bytes', (text, bytes) => {
    expect(parseByteQuantifiedSize(text)).toBe(bytes);
  });

  it.each(['', '   ', 'unlimited', 'ten MB', '18XB (1 bytes)', '18MB (18,87 bytes)', '18MB (abc bytes)', undefined])(
    '%p → undefined',
    (text) => {
      expect(parseByteQuantifiedSize(text)).toBeUndefined();
    },
  );
});

describe('Unlimited<…>', () => {
  it.each([
    ['unlimited', 'unlimited'],
    ['Unlimited', 'unlimited'],
    ['10MB (10,485,760 bytes)', 10485760],
    ['', undefined],
  ])('bytes %p → %p', (text, value) => {
    expect(parseUnlimitedBytes(text)).toBe(value);
  });

  it.each([
    ['5000', 5000],
    ['Unlimited', 'unlimited'],
    ['5,000', undefined],
    ['', undefined],
  ])('integer %p → %p', (text, value) => {
    expect(parseUnlimitedInteger(text)).toBe(value);
  });

  it.each([
    ['unlimited', 'unlimited'],
    ['1.00:00:00', 86400],
  ])('time span %p → %p', (text, value) => {
    expect(parseUnlimitedTimeSpan(text)).toBe(value);
  });

  it('isUnlimited', () => {
    expect(isUnlimited(' UNLIMITED ')).toBe(true);
    expect(isUnlimited('unlimitedX')).toBe(false);
    expect(isUnlimited(undefined)).toBe(false);
  });
});

describe('parseTimeSpan', () => {
  it.each([
    ['7.00:00:00', 604800],
    ['00:30:00', 1800],
    ['1.02:03:04', 93784],
    ['30.00:00:00', 2592000],
    ['00:00:00', 0],
    ['00:00:00.5000000', 0.5],
    ['-00:05:00', -300],
    ['14.00:00:00', 1209600],
  ])('%s → %d s', (text, seconds) => {
    expect(parseTimeSpan(text)).toBe(seconds);
  });

  it.each(['', '7 days', '25:00:00', '00:61:00', '7.00:00', 'unlimited'])('%p → undefined', (text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });
});

describe('parseBoolean', () => {
  it.each([
    ['True', true],
    ['False', false],
    ['true', true],
    [' FALSE ', false],
    ['', undefined],
    ['Yes', undefined],
    ['Wahr', undefined],
    [undefined, undefined],
  ])('%p → %p', (text, value) => {
    expect(parseBoolean(text)).toBe(value);
  });
});

describe('parseMultiValued', () => {
  it.each([
    ['{Mailbox, ClientAccess}', ['Mailbox', 'ClientAccess'], false],
    ['{EX2007-NODE1, EX2007-NODE2}', ['EX2007-NODE1', 'EX2007-NODE2'], false],
    ['{}', [], false],
    ['EX2007-NODE1', ['EX2007-NODE1'], false],
    ['{EX2007-NODE1}', ['EX2007-NODE1'], false],
    ['{EX2007-NODE1 <Active, Quorum Owner>, EX2007-NODE2}', ['EX2007-NODE1 <Active, Quorum Owner>', 'EX2007-NODE2'], false],
    ['{a, b, c, d...}', ['a', 'b', 'c', 'd'], true],
    ['{smtp:*;1}', ['smtp:*;1'], false],
    ['{0.0.0.0-255.255.255.255}', ['0.0.0.0-255.255.255.255'], false],
    ['{CN=a,OU=b, CN=c,OU=d}', ['CN=a,OU=b', 'CN=c,OU=d'], false],
  ])('%s', (text, values, truncated) => {
    expect(parseMultiValued(text)).toEqual({ values, truncated });
  });

  it('blank → undefined', () => {
    expect(parseMultiValued('')).toBeUndefined();
    expect(parseMultiValued(undefined)).toBeUndefined();
  });
});

describe('parseEnumFlags', () => {
  it.each([
    ['Mailbox, ClientAccess, HubTransport', ['Mailbox', 'ClientAccess', 'HubTransport']],
    ['Mailbox', ['Mailbox']],
    ['None', []],
    ['Tls, Integrated, BasicAuth', ['Tls', 'Integrated', 'BasicAuth']],
    ['', undefined],
  ])('%p', (text, flags) => {
    expect(parseEnumFlags(text)).toEqual(flags);
  });
});

describe('parseExchangeVersion', () => {
  it.each([
    ['Version 8.1 (Build 240.6)', { major: 8, minor: 1, build: 240, revision: 6, text: '8.1.240.6' }],
    ['Version 8.3 (Build 83.6)', { major: 8, minor: 3, build: 83, revision: 6, text: '8.3.83.6' }],
    ['Version 8.0 (Build 685.24)', { major: 8, minor: 0, build: 685, revision: 24, text: '8.0.685.24' }],
    ['Version 6.5 (Build 7638.2)', { major: 6, minor: 5, build: 7638, revision: 2, text: '6.5.7638.2' }],
    ['8.1.240.6', { major: 8, minor: 1, build: 240, revision: 6, text: '8.1.240.6' }],
  ])('%s', (text, version) => {
    expect(parseExchangeVersion(text)).toEqual(version);
  });

  it.each(['', '0.1 (8.0.535.0)', 'Version 8.1', 'Build 240.6'])('%p → undefined', (text) => {
    expect(parseExchangeVersion(text)).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['3/14/2008 10:22:31 AM', undefined, '2008-03-14T10:22:31'],
    ['3/4/2008 10:22:31 PM', undefined, '2008-03-04T22:22:31'],
    ['14.03.2008 10:22:31', undefined, '2008-03-14T10:22:31'],
    ['04.03.2008 22:22:31', undefined, '2008-03-04T22:22:31'],
    ['04/03/2008 22:22:31', 'dayFirst', '2008-03-04T22:22:31'],
    ['04/03/2008 22:22:31', 'monthFirst', '2008-04-03T22:22:31'],
    ['14/03/2008 10:22:31', undefined, '2008-03-14T10:22:31'],
    ['', undefined, undefined],
    ['never', undefined, undefined],
  ] as const)('%p (%p) → %p', (text, order, iso) => {
    expect(parseExchangeDate(text, order)).toBe(iso);
  });

  it.each([
    [['', 'True', '14/03/2008 10:22:31'], 'dayFirst'],
    [['03/04/2008 10:22:31', '3/14/2008 10:22:31'], 'monthFirst'],
    [['3/4/2008 10:22:31 AM'], 'monthFirst'],
    [['03/04/2008 10:22:31', '14.03.2008 10:22:31'], undefined],
    [[], undefined],
  ])('detectDateOrder(%p) → %p', (texts, order) => {
    expect(detectDateOrder(texts)).toBe(order);
  });
});

describe('identities', () => {
  it.each([
    ['contoso.com/Configuration/Sites/Default-First-Site-Name', 'Default-First-Site-Name', undefined],
    ['CCR-CLUSTER001\\First Storage Group', 'First Storage Group', 'CCR-CLUSTER001'],
    ['CCR-CLUSTER001\\First Storage Group\\Mailbox Database', 'Mailbox Database', 'CCR-CLUSTER001'],
    ['EX2007-HUB1\\Default EX2007-HUB1', 'Default EX2007-HUB1', 'EX2007-HUB1'],
    ['Internet', 'Internet', undefined],
  ])('%s', (id, last, server) => {
    expect(lastIdentityPart(id)).toBe(last);
    expect(identityServer(id)).toBe(server);
  });

  it('parseAdObjectId keeps the text, blank → undefined', () => {
    expect(parseAdObjectId(' contoso.com/Users/x ')).toBe('contoso.com/Users/x');
    expect(parseAdObjectId('')).toBeUndefined();
  });

  it('parseInteger', () => {
    expect(parseInteger('0')).toBe(0);
    expect(parseInteger('-1')).toBe(-1);
    expect(parseInteger('1.5')).toBeUndefined();
  });
});

it('no value parser throws, whatever the text', () => {
  const parsers = [
    parseByteQuantifiedSize,
    parseUnlimitedBytes,
    parseTimeSpan,
    parseBoolean,
    parseMultiValued,
    parseEnumFlags,
    parseExchangeVersion,
    parseExchangeDate,
    parseUnlimitedInteger,
  ];
  fc.assert(
    fc.property(binaryString({ maxLength: 200 }), (text) => {
      for (const parse of parsers) parse(text);
    }),
  );
});
