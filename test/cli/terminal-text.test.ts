import { cpSync, mkdtempSync, renameSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bpa } from '../helpers/bpa-in-process';
import { ROOT } from '../helpers/run-bpa';

jest.setTimeout(60_000);

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

describe('text from a bundle on the terminal', () => {
  test('bpa collect shows a server folder named with a bidi override and an escape sequence escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-terminal-'));
    cpSync(join(ROOT, 'samples/ccr-health-en'), dir, { recursive: true });
    renameSync(join(dir, 'HUB-01'), join(dir, 'HUB\u202E10-\u001b[31m'));
    const run = await bpa(['collect', dir, '--output', join(dir, 'snapshot.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('HUB⟨U+202E⟩10-⟨U+001B⟩[31m [server]');
    expect(run.stdout).not.toMatch(RAW);
  });

  test('an error naming such a path shows it escaped', async () => {
    const run = await bpa(['scan', '/nonexistent/\u202Eevil\u001b[2J']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('/nonexistent/⟨U+202E⟩evil⟨U+001B⟩[2J: no such file or folder');
    expect(run.stderr).not.toMatch(RAW);
  });
});
