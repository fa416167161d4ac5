import fc from 'fast-check';
import { definedOnly } from '../../collectors/shapes/exchange-objects';
import { decodeCapture } from '../../src/bundle/decode';
import { detectDateOrder } from '../../collectors/shapes/exchange-values';
import {
  leadingBlanks,
  splitLines,
  startsPrintable,
  startsWithNoneOf,
  trimBlanksEnd,
  trimmedSlice,
} from '../../collectors/shapes/lines';
import { parseRegQuery, VALUE_LAYOUTS } from '../../collectors/shapes/reg-query';
import { normalizeKb } from '../../collectors/shapes/windows-ids';
import { parseClusterProperties } from '../../collectors/shapes/cluster-properties';
import { parseClusterTable, splitRow, type TableColumn } from '../../collectors/shapes/cluster-table';
import { referenceSplitRow } from './cluster-row-reference';
import { detectLanguage as formatListLanguage, parseFormatList } from '../../collectors/shapes/format-list';
import { parseLabelValue } from '../../collectors/shapes/label-value';
import type { Line } from '../../collectors/shapes/lines';
import { parseNetFields } from '../../collectors/shapes/net-fields';
import { parseWmicTable } from '../../collectors/shapes/wmic-table';
import { definitionFor, type SourceDefinition } from '../../collectors/source-definition';
import { SOURCES } from '../../collectors/registry';

// The parse step's fast paths (issue 16, "Parsing" in docs/performance.md) must answer exactly as the plain
// definitions they skip. Characters that trim() removes but a first-character test must not mistake for text
// (no-break space, ideographic space, line separator, BOM) are in every alphabet.
const BLANKS = [' ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\r', '\n'];

describe('startsWithNoneOf: true only when trim() leaves a text that starts with none of the prefixes', () => {
  const prefixes = fc.constantFrom(
    ['At line:', 'In Zeile:', 'WARNING: ', 'WARNUNG: '],
    ['Au niveau de ligne', 'En l', 'In riga:'],
    [...'0123456789'],
    [],
  );
  const text = fc.array(
    fc.constantFrom(...BLANKS, 'At', ' line:', 'WARN', 'ING: ', 'In', ' Zeile:', 'En l', 'x', '0', '7', '~', 'ä', 'с'),
    { maxLength: 6 },
  );
  test('any text and any list of prefixes', () => {
    fc.assert(
      fc.property(text, prefixes, (parts, starts) => {
        const t = parts.join('');
        if (startsWithNoneOf(t, starts)) expect(starts.some((p) => t.trim().startsWith(p))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
  test.each(['At line:1', '  At line:1', '\u00a0WARNING: x', 'At last', ''])('%j', (t) =>
    expect(startsWithNoneOf(t, ['At line:', 'WARNING: '])).toBe(t === 'At last'),
  );
});

describe('startsPrintable: a text it accepts has no white space first (what /^\\s/ tests)', () => {
  test('any text', () => {
    const text = fc.array(fc.constantFrom(...BLANKS, 'a', '~', '\u007f', 'ä', '\u0085', '\u000b'), { maxLength: 4 });
    fc.assert(
      fc.property(text, (parts) => {
        const t = parts.join('');
        if (startsPrintable(t)) expect(/^\s/.test(t)).toBe(false);
        expect(startsPrintable(t)).toBe(/^[\x21-\x7e]/.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('leadingBlanks: what trimStart() removes, and what /^\\s*/ matches', () => {
  test('any text of blanks of every kind and letters', () => {
    const pieces = fc.constantFrom(...BLANKS, '\u000b', '\f', '\u001c', '\u0085', '\u2000', '\u200b', 'a', 'ä', '[01]:');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const t = parts.join('');
        expect(leadingBlanks(t)).toBe(t.length - t.trimStart().length);
        expect(leadingBlanks(t)).toBe(/^\s*/.exec(t)![0].length);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('normalizeKb: the same as the regex alone', () => {
  const plainly = (text: string) => {
    const m = /^\s*(KB|Q)(\d{3,8})(?!\d)/i.exec(text);
    return m ? `${m[1]!.toUpperCase()}${m[2]!}` : undefined;
  };
  test('any text of KB ids, digits and blanks', () => {
    const pieces = fc.constantFrom(...BLANKS, 'K', 'k', 'B', 'b', 'Q', 'q', '1', '9', '0', '-', 'v', 'S', 'P', 'File');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const t = parts.join('');
        expect(normalizeKb(t)).toBe(plainly(t));
      }),
      { numRuns: 5000 },
    );
  });
  test.each(['KB921181', ' kb2536276-v2', '\u00a0Q147222', 'SP2', 'Windows Server 2003', 'KB12', ''])('%j', (t) =>
    expect(normalizeKb(t)).toBe(plainly(t)),
  );
});

describe('detectDateOrder: the same as testing every value', () => {
  const plainly = (texts: string[]) => {
    for (const text of texts) {
      const m = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}\b(.*)$/.exec(text.trim());
      if (!m) continue;
      if (+m[1]! > 12) return 'dayFirst';
      if (+m[2]! > 12 || /[AP]M/i.test(m[3]!)) return 'monthFirst';
    }
    return undefined;
  };
  test('any list of dates, words and blanks', () => {
    const value = fc
      .array(fc.constantFrom(...BLANKS, '3', '14', '/', '2008', ' 10:22 ', 'AM', 'PM', 'x', 'True'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), (values) => expect(detectDateOrder(values)).toBe(plainly(values))),
      { numRuns: 3000 },
    );
  });
});

describe('definitionFor: the first source whose name or pattern fits, as a search in order finds it', () => {
  const plainly = (sources: readonly SourceDefinition[], fileName: string) => {
    const lower = fileName.toLowerCase();
    return sources.find((s) => (s.matches ? s.matches.test(lower) : s.file === lower));
  };
  const names = [
    ...SOURCES.map((s) => s.file),
    ...SOURCES.map((s) => s.file.toUpperCase()),
    'net-user-clussvc.txt',
    'NET-USER-Admin.TXT',
    'net-user-.txt',
    'unknown.txt',
    '',
  ];
  test.each(names)('%j in the registry', (name) => expect(definitionFor(SOURCES, name)).toBe(plainly(SOURCES, name)));
  test('a family listed before a fixed name it also fits, and a fixed name listed twice', () => {
    const parse = () => ({ facts: {}, diagnostics: [] });
    const source = (file: string, matches?: RegExp): SourceDefinition => ({
      file,
      command: file,
      writer: 'cmd',
      place: 'every server',
      parse,
      ...(matches ? { matches } : {}),
    });
    const sources = [
      source('a.txt'),
      source('x-<y>.txt', /^x-.+\.txt$/),
      source('x-fixed.txt'),
      source('a.txt'),
      source('b.txt'),
      source('b-<y>.txt', /^b.*$/),
    ];
    for (const name of ['a.txt', 'A.TXT', 'x-fixed.txt', 'x-other.txt', 'b.txt', 'b-1.txt', 'c.txt']) {
      expect(definitionFor(sources, name)).toBe(plainly(sources, name));
    }
  });
});

describe('definedOnly: what Object.fromEntries of the defined entries builds', () => {
  const plainly = (values: object) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  test.each([
    {},
    { a: 1, b: undefined, c: null, d: '' },
    { 2: 'two', 1: undefined, z: 0, 10: 'ten' },
    JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as object,
    { nested: { kept: undefined }, list: [undefined] },
  ])('%j', (values) => {
    const defined = definedOnly(values);
    expect(JSON.stringify(defined)).toBe(JSON.stringify(plainly(values)));
    expect(Object.getPrototypeOf(defined)).toBe(Object.prototype);
    expect(Object.keys(defined)).toEqual(Object.keys(plainly(values)));
  });
});

describe('reg query value lines: the first of VALUE_LAYOUTS that fits, TAB layouts skipped without a TAB', () => {
  const firstFit = (line: string) => {
    for (const layout of VALUE_LAYOUTS) {
      const m = layout.exec(line);
      if (m) return { name: m[1]!.trim(), type: m[2]! };
    }
    return undefined;
  };
  const defaultName = (name: string) => (['(Default)', '(Standard)'].includes(name) || /^<[^<>]+>$/.test(name) ? '' : name);
  test('any value line of names, types, blanks and TABs', () => {
    const pieces = fc.constantFrom(
      ...[' ', '    ', '\t', 'Name', '(Default)', '(Standard)', '<NO NAME>', 'REG_SZ', 'REG_DWORD', '0x1f', 'x y', '<', 'é'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), (parts) => {
        const line = `    ${parts.join('')}`;
        const reg = parseRegQuery(`HKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n${line}\r\n`, 'reg.txt');
        const value = reg.keys[0]?.values[0];
        const fit = /\bREG_[A-Z_]+\b/.test(line) ? firstFit(line) : undefined;
        const valueLine = /^(?: {2,}|\t)\S/.test(line) && /\bREG_[A-Z_]+\b/.test(line);
        if (value) expect({ name: value.name, type: value.type }).toEqual({ name: defaultName(fit!.name), type: fit!.type });
        else if (fit && valueLine) expect(fit.type).not.toBe('REG_SZ');
        // A value line no layout reads is noted as unreadable; any other line is left to reg.exe's messages.
        const unreadable = reg.diagnostics.some((d) => d.message.startsWith('unreadable value line'));
        expect(unreadable).toBe(valueLine && value === undefined);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wmic rows: a table without a prototype, every column a cell, whatever the names', () => {
  const names = fc.constantFrom('HotFixID', 'Description', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'A', '_1');
  test('any header of property names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(names, { minLength: 1, maxLength: 5 }), (columns) => {
        const width = 18;
        const header = columns.map((c) => c.padEnd(width)).join('');
        const row = columns.map((c, i) => `v${i} ${c}`.padEnd(width)).join('');
        const { table } = parseWmicTable(`${header}\r\n${row}\r\n\r\n`, 'wmic.txt');
        const cells = table!.rows[0]!.cells;
        expect(Object.getPrototypeOf(cells)).toBeNull();
        expect(Object.entries(cells)).toEqual(columns.map((c, i) => [c, `v${i} ${c}`]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('trimBlanksEnd: what /[ \t\u0000]+$/ removes, whatever other white space surrounds the blanks', () => {
  test('any text of blanks, NULs, other white space and letters', () => {
    const pieces = fc.constantFrom(...BLANKS, '\u0000', '    ', '\u000b', '\u2000', 'a', 'ä', '\u0000 ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const t = parts.join('');
        // eslint-disable-next-line no-control-regex
        expect(trimBlanksEnd(t)).toBe(t.replace(/[ \t\u0000]+$/, ''));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('trimmedSlice: the row cut at two columns and trimmed, negative positions read as 0', () => {
  // The loop it replaced (the plain definition): positions clamped to the text, ASCII blanks skipped, trim() for the rest.
  const plain = (text: string, start: number, end: number) => {
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.min(end, text.length);
    return to <= from ? '' : text.slice(from, to).trim();
  };
  test('any row and any two positions', () => {
    const position = fc.oneof(fc.integer({ min: -3, max: 14 }), fc.constant(Infinity));
    const row = fc.array(fc.constantFrom(...BLANKS, 'a', 'KB1', 'ä', '\u0085', '\u000b'), { maxLength: 8 });
    fc.assert(
      fc.property(row, position, position, (parts, start, end) => {
        const t = parts.join('');
        expect(trimmedSlice(t, start, end)).toBe(plain(t, start, end));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('shapes that take the lines of their source: the same result as splitting the text themselves, lines untouched', () => {
  // A source splits its text once and hands the lines to its shape; no shape may change them (the source reads
  // them again), and the result must be what the shape gives from the text alone.
  const shapes: Array<[string, (text: string, lines?: Line[]) => unknown]> = [
    ['cluster table', (t, l) => parseClusterTable(t, 'c.txt', l)],
    ['cluster properties', (t, l) => parseClusterProperties(t, 'c.txt', l)],
    ['net fields', (t, l) => parseNetFields(t, 'n.txt', ['User name', 'Full Name', 'Comment'], l)],
    ['label value (systeminfo)', (t, l) => parseLabelValue(t, { headings: false }, l)],
    ['label value (ipconfig)', (t, l) => parseLabelValue(t, { headings: true }, l)],
  ];
  const pieces = fc.constantFrom(
    '\r\n',
    '\n',
    ' ',
    '   ',
    '          ',
    'Name',
    'Node',
    'Status',
    '----',
    ' -------------------- ',
    'T  Resource  Name  Value',
    'SR  Exchange Store  Password  0 (0x0)',
    'User name                    admin',
    'Host Name:                 EX1',
    'Hotfix(s):',
    '   [01]: KB1',
    'Ethernet adapter LAN:',
    '   IP Address. . . : 10.0.0.1',
    'x'.repeat(79),
    'The command completed successfully.',
  );
  test.each(shapes)('%s, any text of table rows, fields and wrapped lines', (_, parse) => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const t = parts.join('');
        const lines = splitLines(t);
        const copy = JSON.parse(JSON.stringify(lines)) as Line[];
        expect(JSON.stringify(parse(t, lines))).toBe(JSON.stringify(parse(t)));
        expect(lines).toEqual(copy);
      }),
      { numRuns: 800 },
    );
  });
});

describe('Format-List languages: a text without any label word anywhere has no line in any language', () => {
  const pieces = fc.constantFrom(
    '\r\n',
    ' ',
    '  ',
    '\u00a0',
    'Name : EX1',
    'At line:',
    'At line: 1',
    'In Zeile:3',
    'WARNING: ',
    'WARNUNG: x',
    'Au niveau de ligne : 1',
    'En línea: 2',
    'En linea: 2',
    'In riga: 4',
    'строка:5',
    '1',
    'x',
  );
  const foreign = [/^Au niveau de ligne\s*:/, /^En l[ií]nea:\s*\d+/, /^In riga:\s*\d+/, /^строка:\s*\d+/];
  test('any text of property lines, error positions and warnings', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const t = parts.join('');
        const lines = splitLines(t);
        expect(formatListLanguage(lines, t)).toBe(formatListLanguage(lines));
        const named = parseFormatList(t, 'f.txt').diagnostics.some((d) => d.message.startsWith('unsupported language'));
        expect(named).toBe(lines.some((l) => foreign.some((re) => re.test(l.text.trim()))));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decodeCapture: a Buffer read as it is, as a view of the same bytes would be', () => {
  test('any bytes, with and without byte order marks, as a Buffer and as a plain Uint8Array (at an offset)', () => {
    const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    const body = fc.array(fc.constantFrom(0, 0x41, 0x0d, 0x0a, 0x84, 0xc3, 0xa4, 0xfd, 0xff), { maxLength: 24 });
    fc.assert(
      fc.property(bom, body, fc.constantFrom(undefined, 850, 437), (head, rest, codePage) => {
        const bytes = [...head, ...rest];
        const plain = new Uint8Array([7, ...bytes]).subarray(1);
        expect(decodeCapture(Buffer.from(bytes), codePage)).toEqual(decodeCapture(plain, codePage));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cluster table rows: the grouping search skips only groupings that cannot win', () => {
  // Rows of words and blanks under 2–5 columns at arbitrary starts, some lining up and some not: every grouping
  // the plain search (without memo or pruning, cluster-row-reference.ts) would choose is chosen.
  const word = fc.constantFrom('SR', 'Exchange', 'Information', 'Store', 'Password', '0', '(0x0)', 'a', 'Online', 'x'.repeat(9));
  const gap = fc.constantFrom(' ', '  ', '   ', '      ');
  const columns = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }).map((starts) =>
    [0, ...starts.sort((a, b) => a - b)].map((start, i, all): TableColumn => ({
      name: `C${i}`,
      start,
      width: Math.max(1, (all[i + 1] ?? start + 10) - start - 1),
    })),
  );
  test('any row under any columns, with and without an empty last value allowed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(gap, word), { minLength: 1, maxLength: 9 }),
        columns,
        fc.boolean(),
        (parts, cols, lastMayBeEmpty) => {
          const text = parts.map(([g, w], i) => (i === 0 ? w : g + w)).join('');
          expect(splitRow(text, cols, lastMayBeEmpty)).toEqual(referenceSplitRow(text, cols, lastMayBeEmpty));
        },
      ),
      { numRuns: 4000 },
    );
  });
  test('rows that line up with their columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        (cells, lastMayBeEmpty) => {
          const values = cells.map((c) => c.join(' '));
          const width = Math.max(...values.map((v) => v.length)) + 2;
          const cols = values.map((_, i): TableColumn => ({ name: `C${i}`, start: i * width, width: width - 1 }));
          const text = values
            .map((v) => v.padEnd(width))
            .join('')
            .trimEnd();
          expect(splitRow(text, cols, lastMayBeEmpty)).toEqual(referenceSplitRow(text, cols, lastMayBeEmpty));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('wmic rows cut for the wanted columns only: the cells of those columns, everything else the same', () => {
  const names = fc.constantFrom('HotFixID', 'Description', 'InstalledOn', 'Caption', '__proto__', 'A', 'A', 'Status');
  const cell = fc.constantFrom('', 'KB123', 'File 1', 'Security Update', '1/2/2009', 'x'.repeat(30), 'a b');
  test('any table, cut anywhere, any wanted columns', () => {
    fc.assert(
      fc.property(
        fc.array(names, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 4 }),
        fc.subarray(['HotFixID', 'Description', 'InstalledOn', '__proto__', 'A', 'Missing']),
        fc.nat(),
        (columns, rows, wanted, cutAt) => {
          const width = 24;
          const lines = [
            columns.map((c) => c.padEnd(width)).join(''),
            ...rows.map((r) => columns.map((_, i) => r[i]!.padEnd(width)).join('')),
          ];
          const whole = `${lines.join('\r\n')}\r\n`;
          const text = cutAt % 3 === 0 ? whole.slice(0, cutAt % (whole.length + 1)) : whole;
          const all = parseWmicTable(text, 'w.txt');
          const some = parseWmicTable(text, 'w.txt', wanted);
          const keep = (cells: Record<string, string>) =>
            Object.fromEntries(Object.entries(cells).filter(([name]) => wanted.includes(name)));
          expect(some.diagnostics).toEqual(all.diagnostics);
          expect(some.table?.columns).toEqual(all.table?.columns);
          expect(some.table?.rows.map((r) => ({ ...r, cells: { ...r.cells } }))).toEqual(
            all.table?.rows.map((r) => ({ ...r, cells: keep(r.cells) })),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
