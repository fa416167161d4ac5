import { jsonErrorOffset, lineAndColumn, parseJsonText } from '../../src/shared/json-text';

describe('parseJsonText: a syntax error with its line and column', () => {
  test.each([
    ['{\n  "a": 1,\n  oops\n}', 3, 3],
    ['oops', 1, 1],
    ['[1,]', 1, 4],
    ['{"a":1', 1, 7],
    ['{"a":1}}', 1, 8],
    ['{"a" 1}', 1, 6],
    ['', 1, 1],
    ['{\r\n  "a": tru\r\n}', 2, 8],
    ['{"a": "tab\there"}', 1, 11],
    ['{"a": "\\x"}', 1, 9],
    ['[01]', 1, 3],
    ['{"a": 1.}', 1, 9],
    ['\n\n  {"x": [1, 2,, 3]}', 3, 15],
  ])('%j → line %d, column %d', (text, line, column) => {
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.position).toEqual({ line, column });
  });

  test.each(['{}', '[]', '0', '-1.5e+3', '"\\u00fc\\n"', '{"a": [true, false, null, {"b": "c"}]}', ' \n {"x": 1} \n'])(
    'valid JSON %j has no error offset and parses',
    (text) => {
      expect(jsonErrorOffset(text)).toBeUndefined();
      expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
    },
  );

  test('agrees with V8 wherever V8 names a position', () => {
    const broken = [
      '{"a":1',
      '{"a":1}}',
      '{"a" 1}',
      '{\n  "a": 1,\n  oops\n}',
      '[1, 2',
      '{"a": [1, 2}',
      '{,}',
      '{"a": "\\x"}',
      '[01]',
    ];
    for (const text of broken) {
      let position: number | undefined;
      try {
        JSON.parse(text);
      } catch (e) {
        position = Number(/position (\d+)/.exec((e as Error).message)?.[1]);
      }
      expect([text, jsonErrorOffset(text)]).toEqual([text, position]);
    }
  });

  test('lineAndColumn counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
