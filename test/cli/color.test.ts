import { colorWanted } from '../../src/cli/color';

describe('colorWanted: ANSI colours only on a terminal, never with NO_COLOR', () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { TERM: 'dumb' }, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [false, { FORCE_COLOR: 'true' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '3', TERM: 'dumb' }, true],
  ] as [boolean | undefined, Record<string, string>, boolean][])('isTTY %s, %j → %s', (isTTY, env, wanted) => {
    expect(colorWanted(isTTY, env)).toBe(wanted);
  });
});
