// @ts-nocheck
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseRegEventlogApplication } from './reg-eventlog-application';

const FILE = 'reg-eventlog-application.txt';
const parse = (text: string) => parseRegEventlogApplication({ text, file: FILE });
const en2003 = readFixture('sources/reg-eventlog-application/2003.txt');
const de2008 = readFixture('sources/reg-eventlog-application/2008-de.txt', 850);

describe('parseRegEventlogApplication', () => {
  it('reads MaxSize and a retention of 7 days on Server 2003 (reg.exe 3.0; subkeys listed after the values)', () => {
    expect(parse(en2003)).toEqual({
      facts: { maxSizeBytes: 16777216, retention: 'overwriteOlderThan', retentionSeconds: 604800 },
      diagnostics: [],
    });
  });

  it('reads Server 2008 output: 0xffffffff is "do not overwrite"', () => {
    const result = parse(de2008);
    expect(result.facts).toEqual({ maxSizeBytes: 20971520, retention: 'doNotOverwrite' });
    expect(result.language).toBe('de');
  });

  it('reads Retention 0 as "overwrite as needed"', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Eventlog\\Application\r\n    MaxSize    REG_DWORD    0x4000000\r\n    Retention    REG_DWORD    0x0\r\n\r\n';
    expect(parse(text).facts).toEqual({ maxSizeBytes: 67108864, retention: 'overwriteAsNeeded' });
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    expect(parse(wrapAsConsole(en2003)).facts).toEqual(parse(en2003).facts);
  });

  it('says when MaxSize is missing', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Eventlog\\Application\r\n    Retention    REG_DWORD    0x0\r\n\r\n';
    expect(parse(text)).toEqual({
      facts: { retention: 'overwriteAsNeeded' },
      diagnostics: [{ file: FILE, line: 1, severity: 'warning', message: 'no MaxSize value under Eventlog\\Application' }],
    });
  });
});

describeDamagedInput(parseRegEventlogApplication, en2003, FILE);
