import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { CMS_STATES } from '../../collectors/sources/ex-cms-status';
import { COPY_STATUSES } from '../../collectors/sources/ex-sg-copy-status';
import { renderText } from '../../reports/text/render-text';
import { STATUS_WORDS_DE, statusWord } from '../../src/shared/status-words';
import { renderTemplate } from '../../src/rules/messages';
import type { Profile } from '../../src/rules/rule-schema';
import { ROOT } from '../helpers/run-bpa';
import { scanSample } from './sample-report';

jest.setTimeout(60_000);

/**
 * Exchange's status values that German writes differently: the copy statuses, the clustered mailbox server's
 * states, a database's mount state. "Online"/"Offline" are German too, and "Seeding" is the word German
 * Exchange documentation uses, so those are not leaks.
 */
const ENGLISH_STATUS_WORDS = [...new Set([...COPY_STATUSES, ...CMS_STATES, 'Mounted', 'Dismounted'])].filter(
  (w) => !(STATUS_WORDS_DE[w.toLowerCase()] ?? '').toLowerCase().includes(w.toLowerCase()),
);

const statusWordsIn = (text: string) =>
  ENGLISH_STATUS_WORDS.filter((w) => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'iu').test(text));

describe('Exchange status values in German', () => {
  it.each<[unknown, string, string]>([
    ['Healthy', 'Healthy', 'fehlerfrei'],
    ['Failed', 'Failed', 'fehlgeschlagen'],
    ['Suspended', 'Suspended', 'angehalten'],
    ['ServiceDown', 'ServiceDown', 'Dienst ausgefallen'],
    ['PartiallyOnline', 'PartiallyOnline', 'teilweise online'],
    ['Dismounted', 'Dismounted', 'nicht eingebunden'],
    [' healthy ', ' healthy ', 'fehlerfrei'],
    ['DisconnectedAndHealthy', 'DisconnectedAndHealthy', 'DisconnectedAndHealthy'],
    [undefined, '?', '?'],
  ])('statusWord %p', (value, en, de) => {
    expect(statusWord(value, 'en')).toBe(en);
    expect(statusWord(value, 'de')).toBe(de);
    expect(renderTemplate("{{statusWord value 'de'}}", { value })).toBe(de.trim());
  });

  test('every copy status and clustered mailbox server state the collectors know has a German word', () => {
    expect([...COPY_STATUSES, ...CMS_STATES].filter((w) => STATUS_WORDS_DE[w.toLowerCase()] === undefined)).toEqual([]);
  });

  test('the check finds a status word, not a German word containing it', () => {
    expect(statusWordsIn('ihre Kopie hat den Status Healthy.')).toEqual(['Healthy']);
    expect(statusWordsIn('State PartiallyOnline, Failed')).toEqual(['Failed', 'PartiallyOnline']);
    expect(statusWordsIn('ihre Kopie hat den Status fehlerfrei; FailedMessage; Healthy-Check')).toEqual([]);
  });

  test("ccr-backlog-en in German: STO-007's message names the copy status in German", async () => {
    const report = await scanSample('ccr-backlog-en', 'de', 'health');
    const sto007 = report.findings.filter((f) => f.ruleId === 'STO-007');
    expect(sto007.length).toBeGreaterThan(0);
    for (const f of sto007) {
      expect(f.message).toContain('ihre Kopie hat den Status fehlerfrei.');
      expect(statusWordsIn(f.message)).toEqual([]);
    }
  });

  const samples = readdirSync(join(ROOT, 'samples')).filter((s) => existsSync(join(ROOT, 'samples', s, 'bundle.json')));

  test.each(samples)('%s in German: no English status word in a message or the text report', async (sample) => {
    const profile: Profile = sample.startsWith('readiness') ? 'readiness' : 'health';
    const report = await scanSample(sample, 'de', profile);
    const messages = [...report.findings.map((f) => f.message), ...report.notEvaluated.map((n) => n.reason)];
    expect(messages.filter((m) => statusWordsIn(m).length > 0)).toEqual([]);
    expect(statusWordsIn(renderText({ ...report, diagnostics: [] }, { lang: 'de' }))).toEqual([]);
  });
});
