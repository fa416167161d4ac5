/**
 * The localized-value and foreign-language items, table-driven across parsers (see robustness.test.ts
 * for what each parser's own test already covers): German values no test had (`4.095 MB`, `Ja`, `Nie`,
 * 2003 dates without seconds, Format-List sizes), and output in languages bpa does not read: Russian (CP866,
 * decoded with the code page chcp.txt names) for every cmd tool with labels, French where it was missing.
 * Each names the file and the language, and still reads the facts that need no label.
 */
import iconv from 'iconv-lite';
import { SOURCES } from '../../collectors/registry';
import { definitionFor } from '../../collectors/source-definition';
import { decodeCapture } from '../../src/bundle/decode';
import { collectFolder } from '../../src/collect/collect-folder';
import { formatList } from '../helpers/powershell-format-list';

describe('localized values', () => {
  const parse = (file: string, text: string) => definitionFor(SOURCES, file)!.parse({ text, file });
  const systeminfo = (memory: string, dhcp: string) =>
    [
      '',
      'Hostname:                               MBX2',
      'Betriebssystemname:                     Microsoft(R) Windows(R) Server 2003 Standard x64 Edition',
      'Betriebssystemversion:                  5.2.3790 Service Pack 2 Build 3790',
      `Gesamter physikalischer Speicher:       ${memory}`,
      'Hotfix(es):                             1 Hotfix(es) installiert.',
      '                                        [01]: KB921181',
      'Netzwerkkarte(n):                       1 Netzwerkadapter installiert.',
      '                                        [01]: Intel(R) PRO/1000 MT-Netzwerkverbindung',
      '                                              Verbindungsname: LAN',
      `                                              DHCP aktiviert:  ${dhcp}`,
      '',
    ].join('\r\n');
  const netUser = (fields: Array<[string, string]>) =>
    [
      'Die Anforderung wird bei einem Domänencontroller für die Domäne mueller.local bearbeitet.',
      '',
      ...fields.map(([label, value]) => `${label.padEnd(36)}${value}`),
      'Der Befehl wurde erfolgreich ausgeführt.',
      '',
    ].join('\r\n');

  it.each([
    ['systeminfo.txt', '`4.095 MB` is 4095 MB, not 4.095', systeminfo('4.095 MB', 'Ja'), { totalPhysicalMemoryMb: 4095 }],
    ['systeminfo.txt', '`32.767 MB`', systeminfo('32.767 MB', 'Ja'), { totalPhysicalMemoryMb: 32767 }],
    ['systeminfo.txt', '`DHCP aktiviert: Ja`', systeminfo('4.095 MB', 'Ja'), { networkCards: [{ dhcpEnabled: true }] }],
    ['systeminfo.txt', '`DHCP aktiviert: Nein`', systeminfo('4.095 MB', 'Nein'), { networkCards: [{ dhcpEnabled: false }] }],
    [
      'net-user-clusdienst.txt',
      '`Konto aktiv Ja`, `Kennwort erforderlich Ja`, `Benutzer kann Kennwort ändern Nein`',
      netUser([
        ['Benutzername', 'clusdienst'],
        ['Konto aktiv', 'Ja'],
        ['Kennwort erforderlich', 'Ja'],
        ['Benutzer kann Kennwort ändern', 'Nein'],
      ]),
      { active: true, lockedOut: false, passwordRequired: true, userMayChangePassword: false, domain: 'mueller.local' },
    ],
    [
      'net-user-clusdienst.txt',
      '`Nie` for the expiry dates and the last logon',
      netUser([
        ['Benutzername', 'clusdienst'],
        ['Konto abgelaufen', 'Nie'],
        ['Kennwort läuft ab', 'Nie'],
        ['Letzte Anmeldung', 'Nie'],
      ]),
      { accountExpires: 'never', passwordExpires: 'never', lastLogon: 'never' },
    ],
    [
      'net-user-clusdienst.txt',
      'German dates of 2003 without seconds (`15.12.2008 10:15`)',
      netUser([
        ['Benutzername', 'clusdienst'],
        ['Letztes Setzen des Kennworts', '03.11.2008 10:15'],
        ['Kennwort läuft ab', '15.12.2008 10:15'],
      ]),
      { passwordLastSet: '2008-11-03T10:15:00', passwordExpires: '2008-12-15T10:15:00' },
    ],
    [
      'ex-transport-config.txt',
      '`12 MB (12.582.912 bytes)` and a German date',
      formatList([
        [
          ['MaxDumpsterSizePerStorageGroup', '12 MB (12.582.912 bytes)'],
          ['MaxReceiveSize', '10 MB (10.485.760 bytes)'],
          ['WhenChanged', '03.06.2008 17:20:44'],
        ],
      ]),
      { maxDumpsterSizePerStorageGroup: 12582912, maxReceiveSize: 10485760 },
    ],
  ])('%s: %s', (file, _, text, expected) => {
    const result = parse(file, text);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.language ?? 'de').toBe('de');
    expect(result.facts).toMatchObject(expected);
  });
});

describe('output in a language bpa does not read: the language is named, label-free facts are still read', () => {
  /** Text as a Russian Windows writes it: CP866 bytes, decoded with the code page `chcp.txt` gives. */
  const russian = (lines: string[]) => decodeCapture(iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp866'), 866).text;
  const french = (lines: string[]) => decodeCapture(iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp850'), 850).text;

  it.each<[string, string, string, string, Record<string, unknown>]>([
    [
      'systeminfo.txt',
      'Russian',
      russian([
        '',
        'Имя узла:                         EX2007-NODE1',
        'Название ОС:                      Microsoft(R) Windows(R) Server 2003, Enterprise x64 Edition',
        'Версия ОС:                        5.2.3790 Service Pack 2 сборка 3790',
        'Полный объем физической памяти:   4 095 МБ',
        'Исправление(я):                   Число установленных исправлений: 3.',
        '                                  [01]: File 1',
        '                                  [02]: Q147222',
        '                                  [03]: KB921181 - Update',
        'Сетевые адаптеры:                 Число сетевых адаптеров: 1.',
        '                                  [01]: HP NC373i Multifunction Gigabit Server Adapter',
        '                                        Имя подключения: LAN',
      ]),
      'KB numbers, the host name, the OS name and version',
      {
        hostName: 'EX2007-NODE1',
        hotfixes: ['Q147222', 'KB921181'],
        os: {
          name: 'Microsoft(R) Windows(R) Server 2003, Enterprise x64 Edition',
          nameLine: 3,
          edition: 'Enterprise',
          release: '2003',
          architecture: 'x64',
          version: '5.2.3790',
          versionText: '5.2.3790 Service Pack 2 сборка 3790',
          versionLine: 4,
          servicePack: 2,
          servicePackText: 'Service Pack 2',
          build: 3790,
        },
      },
    ],
    [
      'ipconfig-all.txt',
      'Russian',
      russian([
        '',
        'Настройка протокола IP для Windows',
        '',
        '        Имя компьютера  . . . . . . . . . : EX2007-NODE1',
        '',
        'Подключение по локальной сети - Ethernet адаптер:',
        '',
        '        Физический адрес. . . . . . . . . : 00-1A-4B-7C-11-01',
        '        IP-адрес  . . . . . . . . . . . . : 192.168.10.11',
        '        Маска подсети . . . . . . . . . . : 255.255.255.0',
      ]),
      // Addresses, masks, gateways and DNS servers share one shape and the adapter's connection name hides in
      // a localized heading: nothing in ipconfig is readable without its labels, so nothing is guessed.
      'nothing (no fact of ipconfig is readable without labels)',
      {},
    ],
    [
      'net-user-clusadmin.txt',
      'Russian',
      russian([
        'Запрос будет обработан на контроллере домена для домена contoso.local.',
        '',
        'Имя пользователя                  clusadmin',
        'Учетная запись активна            Да',
        'Команда выполнена успешно.',
      ]),
      'the account of the file name',
      { account: 'clusadmin' },
    ],
    [
      'net-localgroup-administrators.txt',
      'Russian',
      russian([
        'Имя псевдонима     Администраторы',
        'Комментарий        Администраторы имеют полные права',
        '',
        'Члены',
        '',
        '-------------------------------------------------------------------------------',
        'Администратор',
        'CONTOSO\\clusadmin',
        'Команда выполнена успешно.',
      ]),
      'the members below the dash rule',
      { members: ['Администратор', 'CONTOSO\\clusadmin'] },
    ],
    [
      'net-localgroup-administrators.txt',
      'French',
      french([
        'Nom alias         Administrateurs',
        'Commentaire       Les membres du groupe Administrateurs disposent d’un accès complet',
        '',
        'Membres',
        '',
        '-------------------------------------------------------------------------------',
        'Administrateur',
        'CONTOSO\\clusadmin',
        'La commande s’est terminée correctement.',
      ]),
      'the members below the dash rule',
      { members: ['Administrateur', 'CONTOSO\\clusadmin'] },
    ],
    [
      'cluster-node.txt',
      'Russian',
      russian([
        'Вывод состояния для всех доступных узлов:',
        '',
        'Узел           ID узла Состояние',
        '-------------- ------- ---------------------',
        'EX2007-NODE1         1 Работает',
        'EX2007-NODE2         2 Работает',
      ]),
      'node names and IDs',
      {
        nodes: [
          { name: 'EX2007-NODE1', nodeId: 1, stateText: 'Работает' },
          { name: 'EX2007-NODE2', nodeId: 2, stateText: 'Работает' },
        ],
      },
    ],
    [
      'cluster-group.txt',
      'Russian',
      russian([
        'Вывод состояния для всех доступных групп ресурсов:',
        '',
        'Группа               Узел            Состояние',
        '-------------------- --------------- ------',
        'Группа кластера      EX2007-NODE1    В сети',
      ]),
      'group names and owner nodes',
      { groups: [{ name: 'Группа кластера', node: 'EX2007-NODE1', stateText: 'В сети' }] },
    ],
    [
      'cluster-group.txt',
      'French',
      french([
        "Liste de l'état de tous les groupes de ressources disponibles :",
        '',
        'Groupe               Nœud            État',
        '-------------------- --------------- ------',
        'Groupe de clusters   EX2007-NODE1    En ligne',
      ]),
      'group names and owner nodes',
      { groups: [{ name: 'Groupe de clusters', node: 'EX2007-NODE1', stateText: 'En ligne' }] },
    ],
    [
      'reg-powershell.txt',
      'Russian',
      russian(['', 'ОШИБКА: Не удается найти указанный раздел или параметр реестра.']),
      'nothing: reg.exe failed, and says so',
      {},
    ],
    ['chcp.txt', 'Russian', russian(['Текущая кодовая страница: 866']), 'the code page number', { codePage: 866 }],
  ])('%s in %s: reads %s', (file, language, text, _, expected) => {
    const result = definitionFor(SOURCES, file)!.parse({ text, file });
    expect(result.language).toBeUndefined();
    const named = result.diagnostics.filter((d) => d.message.startsWith(`unsupported language (${language} `));
    expect(named).toEqual([expect.objectContaining({ file })]);
    expect(result.facts).toEqual(expected);
  });

  it('a Russian server folder: chcp.txt gives CP866, the parsers name the language with the folder and file', () => {
    const cp866 = (lines: string[]) => new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp866'));
    const folder = collectFolder(
      {
        name: 'SRV-MSK01',
        files: [
          { name: 'chcp.txt', bytes: cp866(['Текущая кодовая страница: 866']) },
          {
            name: 'systeminfo.txt',
            bytes: cp866([
              'Имя узла:                         SRV-MSK01',
              'Версия ОС:                        5.2.3790 Service Pack 2 сборка 3790',
              'Исправление(я):                   Число установленных исправлений: 1.',
              '                                  [01]: KB921181',
            ]),
          },
        ],
      },
      SOURCES,
    );
    const systeminfo = folder.sources.get('systeminfo.txt')!;
    expect(systeminfo.status).toMatchObject({
      status: 'parsed',
      encoding: 'cp866',
      diagnostics: [
        { file: 'SRV-MSK01/systeminfo.txt', severity: 'warning', message: 'unsupported language (Russian labels)' },
        {
          file: 'SRV-MSK01/systeminfo.txt',
          severity: 'info',
          message: 'read without labels: OS version (line 2), 1 KB number of hotfix items',
        },
      ],
    });
    expect(systeminfo.facts).toMatchObject({ hotfixes: ['KB921181'], os: { version: '5.2.3790' } });
  });
});
