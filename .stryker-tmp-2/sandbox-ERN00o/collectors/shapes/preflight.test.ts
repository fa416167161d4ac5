// @ts-nocheck
import { binaryJunk } from '../../test/helpers/parser-robustness';
import { unreadableInput } from './preflight';

describe('unreadableInput', () => {
  it.each(['', '\r\n', '  \t \r\n'])('calls %j an empty file', (text) => {
    expect(unreadableInput({ text, file: 'x.txt' })).toEqual({
      file: 'x.txt',
      severity: 'warning',
      message: 'empty file: the command wrote nothing',
    });
  });

  it('calls binary junk not command output', () => {
    expect(unreadableInput({ text: binaryJunk(), file: 'x.txt' })?.message).toBe(
      'not command output: the file holds binary data',
    );
  });

  it('lets text through', () => {
    expect(unreadableInput({ text: 'Active code page: 850\r\n', file: 'x.txt' })).toBeUndefined();
  });
});
