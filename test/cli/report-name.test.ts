import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { freeBaseName, reportBaseName, safeFileNamePart } from '../../src/cli/report-name';
import type { Report } from '../../src/report/report-schema';

describe('safeFileNamePart', () => {
  test.each([
    ['Müller Logistik GmbH', 'Müller-Logistik-GmbH'],
    ['Müller Logistik GmbH & Co. KG', 'Müller-Logistik-GmbH-Co-KG'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'C-Windows-System32'],
    ['a<b>c:"d"|e?f*g', 'a-b-c-d-e-f-g'],
    ['  Fabrikam, Inc.  ', 'Fabrikam-Inc'],
    ['tab\tand\nnewline\u001b[31m', 'tab-and-newline-31m'],
    ['北京 有限公司', '北京-有限公司'],
    ['...', ''],
    ['x'.repeat(59) + ' tail', 'x'.repeat(59)],
    ['A'.repeat(80), 'A'.repeat(60)],
  ])('%j → %j', (name, part) => expect(safeFileNamePart(name)).toBe(part));
});

describe('reportBaseName', () => {
  const report = (scan: Partial<Report['scan']>, branding?: Report['branding']) =>
    ({
      scan: { profile: 'health', startedAt: '2009-01-02T03:04:05.000Z', ...scan },
      ...(branding ? { branding } : {}),
    }) as Report;

  test.each([
    [
      report({ customer: 'Müller Logistik GmbH', collectedAt: '2008-11-20T02:15:07+01:00' }),
      'bpa-Müller-Logistik-GmbH-2008-11-20',
    ],
    [report({ customer: 'Müller', collectedAt: '2008-11-20T23:30:00-05:00' }), 'bpa-Müller-2008-11-20'],
    [report({ customer: 'Müller' }), 'bpa-Müller-2009-01-02'],
    [report({ collectedAt: 'last night' }), 'bpa-health-2009-01-02'],
    [report({ profile: 'readiness', customer: '???' }), 'bpa-readiness-2009-01-02'],
    [report({ customer: 'Old' }, { customer: 'New AG' }), 'bpa-New-AG-2009-01-02'],
  ])('%#: %s', (r, name) => expect(reportBaseName(r)).toBe(name));
});

describe('freeBaseName: a folder’s files are never overwritten', () => {
  test('the name itself, then -2, -3… when any of the extensions is taken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bpa-names-'));
    expect(freeBaseName(dir, 'bpa-x', ['txt', 'html'])).toBe('bpa-x');
    writeFileSync(join(dir, 'bpa-x.html'), '');
    expect(freeBaseName(dir, 'bpa-x', ['txt'])).toBe('bpa-x');
    expect(freeBaseName(dir, 'bpa-x', ['txt', 'html'])).toBe('bpa-x-2');
    writeFileSync(join(dir, 'bpa-x-2.txt'), '');
    expect(freeBaseName(dir, 'bpa-x', ['txt', 'html'])).toBe('bpa-x-3');
  });
});
