import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseScQcClussvc } from './sc-qc-clussvc';

// Fixtures: test/fixtures/sources/sc-qc-clussvc/, written as sc.exe prints `sc qc ClusSvc`:
// - 2003-{en,de}.txt: the XP/Server 2003 sc.exe of published `sc qc upnphost` / `sc qc alg` captures: the frame
//   `[SC] GetServiceConfig SUCCESS` in English on every system, `TYPE … WIN32_OWN_PROCESS ` with a blank after
//   the word, two blanks after every value; the Cluster service of a Server 2003 node (clussvc.exe under
//   %SystemRoot%\Cluster, its display name `Clusterdienst` on German Windows, a domain account).
// - 2008-{en,de}.txt: the sc.exe of Vista/Server 2008 and later (published captures: `[SC] QueryServiceConfig
//   SUCCESS`, German `… ERFOLG`, no trailing blanks), the Cluster service of a 2008 failover cluster, which runs
//   as LocalSystem.
// - not-installed-*: sc.exe's answer for a service that does not exist: `[SC] OpenService FAILED 1060:` with
//   the system's sentence (published English and German captures; `FEHLER` on German 2008, `FAILED` on 2003).
const FILE = 'sc-qc-clussvc.txt';
const fixture = (name: string) => readCmdFixture('sc-qc-clussvc', name);
const parse = (text: string) => parseScQcClussvc({ text, file: FILE });

const node2003 = {
  installed: true,
  serviceName: 'ClusSvc',
  type: 'WIN32_OWN_PROCESS',
  startType: 'AUTO_START',
  binaryPath: 'C:\\WINDOWS\\Cluster\\clussvc.exe',
  dependencies: ['ClusNet', 'RpcSs', 'W32Time'],
  startName: 'CONTOSO\\clusadmin',
};
const node2008 = {
  installed: true,
  serviceName: 'ClusSvc',
  type: 'WIN32_OWN_PROCESS',
  startType: 'AUTO_START',
  binaryPath: 'C:\\Windows\\Cluster\\clussvc.exe',
  dependencies: ['RPCSS', 'NetFT', 'ClusDisk'],
  startName: 'LocalSystem',
};

describe('parseScQcClussvc', () => {
  it.each([
    ['2003-en.txt', { ...node2003, displayName: 'Cluster Service' }, undefined],
    ['2003-de.txt', { ...node2003, displayName: 'Clusterdienst' }, undefined],
    ['2008-en.txt', { ...node2008, displayName: 'Cluster Service' }, 'en'],
    ['2008-de.txt', { ...node2008, displayName: 'Clusterdienst' }, 'de'],
  ])('reads %s', (name, facts, language) => {
    const result = parse(fixture(name));
    expect(result.facts).toEqual(facts);
    expect(result.diagnostics).toEqual([]);
    expect(result.language).toBe(language);
  });

  it.each([
    ['not-installed-2003-en.txt', 'The specified service does not exist as an installed service.', 'en'],
    ['not-installed-2008-de.txt', 'Der angegebene Dienst ist kein installierter Dienst.', 'de'],
  ])('reads error 1060 of %s as a Cluster service that is not installed', (name, sentence, language) => {
    const result = parse(fixture(name));
    expect(result.facts).toEqual({ installed: false });
    expect(result.language).toBe(language);
    expect(result.diagnostics).toEqual([
      {
        file: FILE,
        line: 1,
        severity: 'info',
        message: `sc.exe: OpenService failed with error 1060: ${sentence} (the Cluster service is not installed)`,
      },
    ]);
  });

  it('reports any other sc.exe error as an error and reads no account', () => {
    const result = parse('[SC] OpenSCManager FAILED 5:\r\n\r\nAccess is denied.\r\n\r\n');
    expect(result.facts).toEqual({});
    expect(result.diagnostics).toEqual([
      { file: FILE, line: 1, severity: 'error', message: 'sc.exe: OpenSCManager failed with error 5: Access is denied.' },
    ]);
  });

  it.each([
    ['DOMAIN\\user', 'MUELLER\\clusdienst'],
    ['a local account', '.\\clusdienst'],
    ['a user principal name', 'clusdienst@mueller.local'],
    ['a well-known account', 'NT AUTHORITY\\LocalService'],
  ])('reads the start name as written: %s', (_, account) => {
    const text = fixture('2008-en.txt').replace('LocalSystem', account);
    expect(parse(text).facts.startName).toBe(account);
  });

  it('joins a binary path that an 80-column console wrapped', () => {
    const long = 'C:\\Program Files\\Some Vendor\\A Rather Long Folder Name\\cluster\\clussvc.exe -debug';
    const text = fixture('2008-en.txt').replace('C:\\Windows\\Cluster\\clussvc.exe', long);
    expect(parse(wrapAsConsole(text, 80)).facts.binaryPath).toBe(long);
  });

  it('says so when the account line is missing, and when the output is no sc qc output', () => {
    const cut = fixture('2008-en.txt').replace(/\s+SERVICE_START_NAME.*\r\n/, '\r\n');
    expect(parse(cut).diagnostics.map((d) => d.message)).toEqual(['no SERVICE_START_NAME line: the output ends early']);
    expect(parse('Hello world\r\n').diagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('does not read an account whose line is cut off', () => {
    const text = fixture('2003-de.txt').replace(/clusadmin\s*\r\n\r\n$/, 'clus');
    const result = parse(text);
    expect(result.facts.startName).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toEqual(['truncated: line 14 is cut off and not read']);
  });

  itReadsEveryVariantOfTheCmdCapture({
    parser: parseScQcClussvc,
    file: FILE,
    fixtures: Object.fromEntries(
      ['2003-en.txt', '2003-de.txt', '2008-en.txt', '2008-de.txt', 'not-installed-2003-en.txt', 'not-installed-2008-de.txt'].map(
        (n) => [n, fixture(n)],
      ),
    ),
    noFacts: {},
  });
});
