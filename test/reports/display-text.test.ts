import { displayReport, MAYBE_INVISIBLE, NAME_MAX } from '../../reports/display-report';
import { breakLongRuns, codePointLabel, displayText, escapeInvisible, shorten } from '../../src/shared/display-text';
import { scanSample } from './sample-report';

describe('displayText: text from a bundle shown as it is', () => {
  it.each([
    ['EX1\u202Etxt.exe', 'EX1⟨U+202E⟩txt.exe'],
    ['a\u202Ab\u202Bc\u202Cd\u202De', 'a⟨U+202A⟩b⟨U+202B⟩c⟨U+202C⟩d⟨U+202D⟩e'],
    ['\u2066x\u2067y\u2068z\u2069', '⟨U+2066⟩x⟨U+2067⟩y⟨U+2068⟩z⟨U+2069⟩'],
    ['\u200Eltr\u200Frtl\u061Calm', '⟨U+200E⟩ltr⟨U+200F⟩rtl⟨U+061C⟩alm'],
    ['EX\u200B1', 'EX⟨U+200B⟩1'],
    ['EX\u200C\u200D\u2060\uFEFF1', 'EX⟨U+200C⟩⟨U+200D⟩⟨U+2060⟩⟨U+FEFF⟩1'],
    ['bell\u0007 esc\u001B[2J del\u007F c1\u0085\u009B', 'bell⟨U+0007⟩ esc⟨U+001B⟩[2J del⟨U+007F⟩ c1⟨U+0085⟩⟨U+009B⟩'],
    ['line\u2028para\u2029', 'line⟨U+2028⟩para⟨U+2029⟩'],
    ['tag\u{E0041}', 'tag⟨U+E0041⟩'],
    ['Müller Logistik GmbH – Zürich', 'Müller Logistik GmbH – Zürich'],
    ['EX2007-NODE1', 'EX2007-NODE1'],
  ])('%j is shown as %j', (value, shown) => expect(displayText(value)).toBe(shown));

  it('keeps the invisible characters it is told to keep', () => {
    expect(escapeInvisible('a\nb\tc\rd', '\n\t')).toBe('a\nb\tc⟨U+000D⟩d');
  });

  it('shortens around an ellipsis, by characters, never half a surrogate pair', () => {
    expect(shorten('EX2007-NODE1', 12)).toBe('EX2007-NODE1');
    expect(shorten('abcdefghijklmnopqrstuvwxyz', 9)).toBe('abcd…wxyz');
    expect(shorten('😀'.repeat(20), 5)).toBe('😀😀…😀😀');
    expect(displayText(`${'N'.repeat(10000)}\u202E`, { max: 80 })).toHaveLength(80);
    expect(displayText(`${'N'.repeat(10000)}\u202E`, { max: 80 }).endsWith('⟨U+202E⟩')).toBe(true);
  });

  it('puts a break opportunity into every long run without a blank, and into nothing else', () => {
    expect(breakLongRuns('Exchange-Fehlerberichterstattung bleibt ganz', '|', 16)).toBe(
      'Exchange-Fehlerberichterstattung bleibt ganz',
    );
    expect(breakLongRuns('abcdefghij klm', '|', 4)).toBe('abcd|efgh|ij klm');
    expect(breakLongRuns('abcdefgh klm', '|', 4)).toBe('abcdefgh klm');
    const parts = breakLongRuns('x'.repeat(10000), '\u200B').split('\u200B');
    expect(parts.length).toBe(Math.ceil(10000 / 32));
    expect(parts.join('')).toBe('x'.repeat(10000));
  });
});

describe('displayReport: what the HTML and PDF reports show', () => {
  const LONG = `EX-${'N'.repeat(10000)}`;

  it('escapes invisible characters everywhere, shortens names, and gives the full name as evidence', async () => {
    const base = await scanSample('ccr-health-de', 'en');
    const first = base.findings[0]!;
    const report = {
      ...base,
      scan: { ...base.scan, customer: `Fabrikam\u202Egnp.exe`, servers: [...base.scan.servers, LONG] },
      findings: [{ ...first, server: LONG, target: 'LAN\u200B', message: `${first.message} \u202E` }, ...base.findings.slice(1)],
    };
    const shown = displayReport(report);
    expect(shown.scan.customer).toBe('Fabrikam⟨U+202E⟩gnp.exe');
    expect(shown.scan.servers.at(-1)).toHaveLength(NAME_MAX);
    const finding = shown.findings[0]!;
    expect(finding.server).toHaveLength(NAME_MAX);
    expect(finding.target).toBe('LAN⟨U+200B⟩');
    expect(finding.message.endsWith('⟨U+202E⟩')).toBe(true);
    // Only a shortened name needs its full value beside it; an escaped one is shown whole.
    expect(finding.evidence.slice(first.evidence.length)).toEqual([{ path: 'server', actual: LONG, expected: '' }]);
    // The JSON report keeps every value as the bundle spelled it.
    expect(report.findings[0]!.server).toBe(LONG);
    expect(shown.findings[1]).toEqual(base.findings[1]);
  });

  it('looks closer at every text with a character escapeInvisible escapes (its fast path lets none through)', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (escapeInvisible(char) !== char && !MAYBE_INVISIBLE.test(char)) missed.push(codePointLabel(char));
    }
    expect(missed).toEqual([]);
    // Text with quotes and dashes beyond Latin-1 is shown as it is, without the closer look.
    expect(MAYBE_INVISIBLE.test('„NetBIOS über TCP/IP deaktivieren“ – …')).toBe(false);
  });
});
