import fc from 'fast-check';
import { parseOperationalMachine } from '../sources/ex-cms-status';
import { wordsInOrder } from '../sources/cmd-common';
import { parseSysteminfo } from '../sources/systeminfo';
import { parseIpconfigAll } from '../sources/ipconfig-all';
import { VALUE_LAYOUTS } from './reg-query';
import { headerColumns } from './wmic-table';

/**
 * Regexes rewritten to cost linear time on hostile lines (long runs of blanks, digits, repeated words, a line
 * separator U+2028 that `.` does not pass): each must find what the regex it replaced found, on every short
 * string made of the pieces that matter to it. U+2028 is left out where the new regex passes over it on purpose.
 */
const made = (pieces: string[], maxLength = 12) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));
const runs = { numRuns: 3000 };

describe('reg.exe value lines', () => {
  const before = [
    /^\s+(.*?)\t(REG_[A-Z_]+)(?:\t(.*))?$/,
    /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/,
    /^\s+(.*?)\s+(REG_[A-Z_]+)(?:\s+(.*))?$/,
  ];
  const read = (layouts: RegExp[], text: string) => {
    for (const layout of layouts) {
      const m = layout.exec(text);
      if (m) return { name: m[1]!.trim(), type: m[2], data: m[3] };
    }
    return undefined;
  };

  it('split as before', () => {
    fc.assert(
      fc.property(made([' ', '    ', '\t', 'REG_SZ', 'REG_', 'SZ', 'a', 'x y', '_']), (text) => {
        expect(read(VALUE_LAYOUTS, text)).toEqual(read(before, text));
      }),
      runs,
    );
  });

  it('reads a line with a long blank run and no type as no value', () => {
    expect(read(VALUE_LAYOUTS, ' '.repeat(100000))).toBeUndefined();
    expect(read(VALUE_LAYOUTS, `    Bind${' '.repeat(100000)}REG_MULTI_SZ    x`)).toEqual({
      name: 'Bind',
      type: 'REG_MULTI_SZ',
      data: 'x',
    });
  });
});

describe('wmic header columns', () => {
  const before = (text: string) => {
    const columns: { name: string; start: number }[] = [];
    for (const m of text.matchAll(/(?:^|\s{2,})(\S+(?: \S+)*)/g)) {
      const name = m[1]!;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
      columns.push({ name, start: m.index + m[0].length - name.length });
    }
    return columns.length > 0 && columns[0]!.start === 0 ? columns : undefined;
  };

  it('are found as before', () => {
    fc.assert(
      fc.property(made([' ', '  ', '\t', 'Name', 'A1', '1', '-']), (text) => expect(headerColumns(text)).toEqual(before(text))),
      runs,
    );
  });
});

describe('operational machines', () => {
  const before = (text: string) => {
    const m = /^(.*?)\s*<([^>]*)>\s*$/.exec(text);
    if (!m) return { name: text.trim(), flags: [] };
    return {
      name: m[1]!.trim(),
      flags: m[2]!
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
    };
  };

  it('are split as before', () => {
    fc.assert(
      fc.property(made([' ', '\t', '<', '>', 'NODE1', 'Active', ',']), (text) => {
        expect(parseOperationalMachine(text)).toEqual(before(text));
      }),
      runs,
    );
  });

  it('reads a long run of blanks and brackets as a name', () => {
    expect(parseOperationalMachine(`NODE1${' \t'.repeat(50000)}x`).flags).toEqual([]);
    expect(parseOperationalMachine('<'.repeat(100000)).flags).toEqual([]);
  });
});

describe('wordsInOrder', () => {
  const before = /\bRessourcen\b.*\baufgelistet\b/i;
  const after = wordsInOrder('Ressourcen', 'aufgelistet');

  it('matches as /\\bfirst\\b.*\\bthen\\b/i did', () => {
    fc.assert(
      fc.property(made([' ', 'Ressourcen', 'aufgelistet', 'RESSOURCEN', 'x', 'Ressourcenx', '.']), (text) => {
        expect(after.test(text)).toBe(before.test(text));
      }),
      runs,
    );
  });

  it('tells a real German intro line', () => {
    expect(after.test('Ressourcen werden aufgelistet:')).toBe(true);
    expect(after.test('Ressourcen '.repeat(50000))).toBe(false);
  });
});

describe('values read with a linear regex', () => {
  it('systeminfo reads the build of an OS version after a long run of digits', () => {
    const text = [
      'Host Name:                 EX1',
      `OS Version:                5.2.3790 Service Pack 2 Build ${'1'.repeat(60000)}x`,
    ].join('\r\n');
    const facts = parseSysteminfo({ text: `${text}\r\n`, file: 'systeminfo.txt' }).facts;
    expect(facts.os?.version).toBe('5.2.3790');
    expect(facts.os?.build).toBeUndefined();
  });

  it('systeminfo reads the release from the start of an OS name made of one long word', () => {
    const text = ['Host Name:                 EX1', `OS Name:                   ${'Server'.repeat(20000)} 2003`].join('\r\n');
    const facts = parseSysteminfo({ text: `${text}\r\n`, file: 'systeminfo.txt' }).facts;
    expect(facts.os?.name).toBe(`${'Server'.repeat(20000)} 2003`);
    expect(facts.os?.release).toBeDefined();
  });

  it('ipconfig reads an adapter heading after a long blank run, and drops a "(Preferred)" suffix after one', () => {
    const text = [
      'Windows IP Configuration',
      '',
      `Ethernet${' '.repeat(60000)}adapter LAN:`,
      '',
      `   IPv4 Address. . . . . . . . . . . : 10.0.0.1${' \t'.repeat(30000)}(Preferred)`,
      '',
    ].join('\r\n');
    const { facts } = parseIpconfigAll({ text, file: 'ipconfig-all.txt' });
    expect(facts.adapters?.map((a) => [a.connectionName, a.ipAddresses])).toEqual([['LAN', ['10.0.0.1']]]);
  });
});
