import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { buildReport } from '../../src/report/build-report';
import type { Report } from '../../src/report/report-schema';
import { analyze } from '../../src/rules/evaluate';
import { loadRules } from '../../src/rules/load-rules';
import type { Lang, Profile } from '../../src/rules/rule-schema';
import { ROOT } from '../helpers/run-bpa';

let shippedRules: ReturnType<typeof loadRules> | undefined;
const scanned = new Map<string, Promise<Report>>();

/**
 * A sample bundle scanned in-process, as `bpa scan` does it, with fixed timestamps. Scanned once per test file
 * for each sample, language and profile (the rules, read and checked in full from the TypeScript sources, cost
 * a second or more each time); every caller gets its own deep copy, free to change.
 */
export async function scanSample(sample: string, lang: Lang, profile: Profile = 'health'): Promise<Report> {
  const key = JSON.stringify([sample, lang, profile]);
  let report = scanned.get(key);
  if (!report) {
    report = scan(sample, lang, profile);
    scanned.set(key, report);
  }
  return structuredClone(await report);
}

async function scan(sample: string, lang: Lang, profile: Profile): Promise<Report> {
  const rules = (shippedRules ??= loadRules([join(ROOT, 'rules')]));
  const snapshot = collectBundle(readBundle(join(ROOT, 'samples', sample)));
  const analysis = await analyze(snapshot, rules, { profile, lang });
  const report = buildReport(snapshot, analysis, {
    profile,
    lang,
    startedAt: '2008-11-20T09:00:00.000Z',
    finishedAt: '2008-11-20T09:00:02.000Z',
    toolVersion: '0.1.0',
    rules,
  });
  return { ...report, scan: { ...report.scan, source: `samples/${sample}` } };
}

export const HOSTILE_HOST = '<img src=x onerror="document.title=\'pwned\'">';
export const HOSTILE_ACCOUNT = '"><script>document.title="pwned"</script>';

/** A report whose every bundle-given text is hostile markup, with a not-evaluated item and a diagnostic. */
export function hostileReport(base: Report): Report {
  const findings = base.findings.map((f, i) => ({
    ...f,
    server: i === 0 ? HOSTILE_HOST : f.server,
    target: i === 1 ? HOSTILE_ACCOUNT : f.target,
    message: i === 0 ? `${f.message} ${HOSTILE_HOST}` : f.message,
    references: i === 0 ? [...f.references, { title: 'evil link', url: 'javascript:alert(1)' }] : f.references,
  }));
  return {
    ...base,
    scan: { ...base.scan, customer: `${HOSTILE_ACCOUNT} GmbH`, servers: [...base.scan.servers, HOSTILE_HOST] },
    findings,
    notEvaluated: [
      {
        ruleId: 'NET-002',
        title: 'NetBIOS over TCP/IP is enabled on the private cluster network adapter',
        severity: 'warning',
        category: 'Network',
        server: HOSTILE_HOST,
        target: 'Heartbeat',
        reason: 'reg-netbt-interfaces.txt missing',
        missing: [{ fact: 'adapter.netbiosEnabled', sources: ['reg-netbt-interfaces.txt'] }],
      },
    ],
    diagnostics: [
      { file: `${HOSTILE_HOST}/systeminfo.txt`, line: 3, severity: 'warning', message: `odd line ${HOSTILE_ACCOUNT}` },
    ],
  };
}
