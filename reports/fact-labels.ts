import type { ValueKind } from './values';

/** What a report calls a fact, in English and German, and how its value is written. */
export interface FactLabel {
  en: string;
  de: string;
  kind: ValueKind;
}

const L = (en: string, de: string, kind: ValueKind = 'text'): FactLabel => ({ en, de, kind });

/**
 * A label for every fact path a rule names (`adapter.netbiosEnabled`, as the evidence
 * writes it: the fact, then the path without `$`; list and server qualifiers such as `server[NODE1]` left out).
 * test/reports/fact-labels.test.ts fails when a rule names a path that has no label here.
 */
export const FACT_LABELS: Readonly<Record<string, FactLabel>> = {
  'account.active': L('Account active', 'Konto aktiv', 'yesNo'),
  'account.expired': L('Account expired', 'Konto abgelaufen', 'yesNo'),
  'account.isClusterServiceAccount': L('Cluster service account', 'Clusterdienstkonto', 'yesNo'),
  'account.localAdministrator': L('Member of the local Administrators', 'Mitglied der lokalen Administratoren', 'yesNo'),
  'account.lockedOut': L('Account locked out', 'Konto gesperrt', 'yesNo'),
  'account.passwordNeverExpires': L('Password never expires', 'Kennwort läuft nie ab', 'yesNo'),
  'account.passwordExpires': L('Password expires', 'Kennwort läuft ab', 'date'),
  'adapter.description': L('Adapter description', 'Adapterbeschreibung'),
  'adapter.dhcpEnabled': L('DHCP', 'DHCP', 'onOff'),
  'adapter.dnsServers': L('DNS servers', 'DNS-Server'),
  'adapter.gateways': L('Default gateway', 'Standardgateway'),
  'adapter.mediaDisconnected': L('Network cable unplugged', 'Netzwerkkabel getrennt', 'yesNo'),
  'adapter.netbiosEnabled': L('NetBIOS over TCP/IP', 'NetBIOS über TCP/IP', 'onOff'),
  'adapter.role': L('Adapter role', 'Adapterrolle', 'adapterRole'),
  'adapter.type': L('Adapter type', 'Adaptertyp', 'adapterType'),
  'adapter.winsServers': L('WINS servers', 'WINS-Server'),
  'cluster.clusteredMailboxServerCount': L('Clustered mailbox servers', 'Geclusterte Postfachserver', 'count'),
  'cluster.clusteredMailboxServerStatus.allNodesOperational': L('Every node operational', 'Alle Knoten betriebsbereit', 'yesNo'),
  'cluster.clusteredMailboxServerStatus.failedResources': L('Failed resources', 'Fehlerhafte Ressourcen'),
  'cluster.clusteredMailboxServerStatus.state': L('Clustered mailbox server state', 'Zustand des geclusterten Postfachservers'),
  'cluster.fileShareWitness.checkIntervalSeconds': L(
    'File share witness check interval',
    'Prüfintervall des Dateifreigabezeugen',
    'seconds',
  ),
  'cluster.fileShareWitness.delaySeconds': L('File share witness delay', 'Verzögerung des Dateifreigabezeugen', 'seconds'),
  'cluster.fileShareWitness.onClusterNode': L(
    'File share witness on a cluster node',
    'Dateifreigabezeuge auf einem Clusterknoten',
    'yesNo',
  ),
  'cluster.fileShareWitness.path': L('File share witness', 'Dateifreigabezeuge'),
  'cluster.internalNetworksBesidesPublic': L(
    'Networks for internal communication besides the public one',
    'Netzwerke für interne Kommunikation neben dem öffentlichen',
    'count',
  ),
  'cluster.majorityNodeSet': L('Majority Node Set quorum', 'Majority-Node-Set-Quorum', 'yesNo'),
  'cluster.minAdaptersPerNode': L('Network adapters per node (fewest)', 'Netzwerkadapter je Knoten (mindestens)', 'count'),
  'cluster.networkCount': L('Cluster networks', 'Clusternetzwerke', 'count'),
  'cluster.nodeCount': L('Cluster nodes', 'Clusterknoten', 'count'),
  'cluster.nodeValues.nodes': L('Nodes compared', 'Verglichene Knoten'),
  'cluster.nodeValues.hotfixes': L('Installed hotfixes of each node', 'Installierte Hotfixes je Knoten'),
  'cluster.nodeValues.dotnetFrameworks': L('.NET Framework of each node', '.NET Framework je Knoten'),
  'cluster.nodeValues.servicePack': L('Windows service pack of each node', 'Windows-Service-Pack je Knoten'),
  'cluster.nodeValues.bindingOrder': L('Binding order of each node', 'Bindungsreihenfolge je Knoten'),
  'cluster.nodeValues.privateNetbios': L(
    'NetBIOS on the private adapter of each node',
    'NetBIOS auf dem privaten Adapter je Knoten',
  ),
  'cluster.nodeValues.tcpipSys': L('tcpip.sys version of each node', 'Version von tcpip.sys je Knoten'),
  'cluster.nodeValues.clusterServiceAccount': L('Cluster service account of each node', 'Clusterdienstkonto je Knoten'),
  'cluster.nodeLimit': L('Most nodes supported', 'Höchstzahl unterstützter Knoten', 'count'),
  'cluster.planned': L('Planned cluster', 'Geplanter Cluster', 'yesNo'),
  'cluster.privateNetworkPriority': L('Priority of the private network', 'Priorität des privaten Netzwerks', 'count'),
  'cluster.privateNetworkMayCarryReplication': L(
    'Private network may carry continuous replication',
    'Privates Netzwerk kann fortlaufende Replikation tragen',
    'yesNo',
  ),
  'cluster.privateNetworkRole': L('Role of the private network', 'Rolle des privaten Netzwerks', 'networkRole'),
  'cluster.publicNetworkRole': L('Role of the public network', 'Rolle des öffentlichen Netzwerks', 'networkRole'),
  'cluster.quorum.type': L('Quorum type', 'Quorumtyp', 'quorumType'),
  'cluster.resourcesFailedOrOffline': L(
    'Failed or offline groups and resources',
    'Fehlerhafte oder offline Gruppen und Ressourcen',
    'count',
  ),
  'cluster.serverEdition': L('Windows edition of the nodes', 'Windows-Edition der Knoten'),
  'cluster.serverRelease': L('Windows version of the nodes', 'Windows-Version der Knoten'),
  'cluster.type': L('Cluster type', 'Clustertyp'),
  'database.kind': L('Database kind', 'Datenbankart'),
  'database.lastFullBackup': L('Last full backup', 'Letzte Vollsicherung', 'date'),
  'database.lastFullBackupAgeDays': L(
    'Days from the last full backup to the collection',
    'Tage von der letzten Vollsicherung bis zur Erfassung',
    'count',
  ),
  'database.recovery': L('Recovery database', 'Wiederherstellungsdatenbank', 'yesNo'),
  'database.logsOnSameVolume': L(
    'Database and logs on the same volume',
    'Datenbank und Protokolle auf demselben Volume',
    'yesNo',
  ),
  'organization.continuousReplication': L(
    'Continuous replication (CCR or LCR) in the organization',
    'Fortlaufende Replikation (CCR oder LCR) in der Organisation',
    'yesNo',
  ),
  'organization.publicFolderDatabaseCount': L('Public folder databases', 'Öffentliche-Ordner-Datenbanken', 'count'),
  'organization.transport.dumpsterToMessageSizeRatio': L(
    'Transport dumpster size / largest message size',
    'Transportdumpster-Größe / größte Nachrichtengröße',
    'ratio',
  ),
  'organization.transport.maxDumpsterSizePerStorageGroupBytes': L(
    'Transport dumpster size per storage group',
    'Transportdumpster-Größe je Speichergruppe',
    'bytes',
  ),
  'organization.transport.maxDumpsterTimeSeconds': L('Transport dumpster time', 'Transportdumpster-Aufbewahrungszeit', 'seconds'),
  'organization.transport.maxMessageSizeUnlimited': L('Message size unlimited', 'Nachrichtengröße unbegrenzt', 'yesNo'),
  'server.adapters.netbiosEnabled': L(
    'NetBIOS over TCP/IP on the private adapter',
    'NetBIOS über TCP/IP auf dem privaten Adapter',
    'onOff',
  ),
  'server.applicationLogMaxSizeMb': L('Application log maximum size', 'Maximalgröße des Anwendungsprotokolls', 'megabytes'),
  'server.bindingOrder': L('Adapter binding order', 'Bindungsreihenfolge der Adapter'),
  'server.clusterServiceAccount.identity': L('Cluster service account', 'Clusterdienstkonto'),
  'server.databaseCount': L('Databases', 'Datenbanken', 'count'),
  'server.dotnet.frameworks': L('.NET Framework versions', '.NET-Framework-Versionen'),
  'server.dotnet.v2Installed': L('.NET Framework 2.0', '.NET Framework 2.0', 'installed'),
  'server.dotnet.v2ServicePack': L('.NET Framework 2.0 service pack', '.NET Framework 2.0 Service Pack', 'servicePack'),
  'server.exchange.architecture': L('Exchange architecture', 'Exchange-Architektur'),
  'server.exchange.edition': L('Exchange edition', 'Exchange-Edition'),
  'server.exchange.errorReportingEnabled': L('Exchange error reporting', 'Exchange-Fehlerberichterstattung', 'onOff'),
  'server.exchange.roles': L('Exchange server roles', 'Exchange-Serverrollen', 'exchangeRoles'),
  'server.exchange.servicePack': L('Exchange service pack', 'Exchange-Service-Pack', 'servicePack'),
  'server.exchange.version.major': L('Exchange major version', 'Exchange-Hauptversion', 'count'),
  'server.exchange.version.text': L('Exchange build', 'Exchange-Build'),
  'server.exchangeBuild.servicePack': L('Exchange service pack', 'Exchange-Service-Pack', 'servicePack'),
  'server.exchangeBuild.version.text': L('Exchange build', 'Exchange-Build'),
  'server.fileVersions.mmcExe': L('mmc.exe version', 'Version von mmc.exe'),
  'server.fileVersions.tcpipSys': L('tcpip.sys version', 'Version von tcpip.sys'),
  'server.firstBoundAdapter.role': L('Role of the first bound adapter', 'Rolle des zuerst gebundenen Adapters', 'adapterRole'),
  'server.firstBoundConnection.state': L('State of the first bound connection', 'Zustand der zuerst gebundenen Verbindung'),
  'server.hardware.hypervisor': L('Hypervisor', 'Hypervisor'),
  'server.hardware.hypervisorHighAvailability': L(
    "The hypervisor's high availability or migration",
    'Hochverfügbarkeit oder Migration des Hypervisors',
    'yesNo',
  ),
  'server.hardware.virtualMachine': L('Virtual machine', 'Virtuelle Maschine', 'yesNo'),
  'server.hotfixes.ids': L('Installed hotfixes', 'Installierte Hotfixes'),
  'server.os.architecture': L('Windows architecture', 'Windows-Architektur'),
  'server.installVolume.freeSpaceMb': L(
    'Free space on the Exchange volume',
    'Freier Speicher auf dem Exchange-Volume',
    'megabytes',
  ),
  'server.os.edition': L('Windows edition', 'Windows-Edition'),
  'server.os.family': L('Operating system', 'Betriebssystem'),
  'server.os.productType': L('Windows product type', 'Windows-Produkttyp', 'productType'),
  'server.mailboxHost': L('Holds mailbox databases', 'Hält Postfachdatenbanken', 'yesNo'),
  'server.pageFile.systemManaged': L(
    'Page file size managed by the system',
    'Größe der Auslagerungsdatei vom System verwaltet',
    'yesNo',
  ),
  'server.pageFile.tooSmall': L(
    'Page file smaller than physical memory plus 10 MB',
    'Auslagerungsdatei kleiner als physischer Speicher plus 10 MB',
    'yesNo',
  ),
  'server.scalableNetworking.featuresOn': L(
    'Scalable Networking Pack values on',
    'Eingeschaltete Werte des Scalable Networking Pack',
  ),
  'volume.holdsDatabaseFiles': L('Volume holds database files', 'Volume hält Datenbankdateien', 'yesNo'),
  'volume.blockSizeBytes': L('NTFS allocation unit (bytes)', 'NTFS-Zuordnungseinheit (Byte)', 'count'),
  'partition.offsetMultipleOf8Kb': L('Partition offset a multiple of 8 KB', 'Partitionsoffset ein Vielfaches von 8 KB', 'yesNo'),
  'server.os.release': L('Windows version', 'Windows-Version'),
  'server.os.servicePack': L('Windows service pack', 'Windows-Service-Pack', 'servicePack'),
  'server.powershell.installed': L('Windows PowerShell', 'Windows PowerShell', 'installed'),
  'server.replicationHealth.notPassed': L(
    'Test-ReplicationHealth checks not passed',
    'Nicht bestandene Prüfungen von Test-ReplicationHealth',
  ),
  'server.role': L('Server role', 'Serverrolle', 'serverRole'),
  'server.storageGroupCount': L('Storage groups', 'Speichergruppen', 'count'),
  'server.systemVolume.freeSpaceMb': L('Free space on the system volume', 'Freier Speicher auf dem Systemvolume', 'megabytes'),
  'server.windowsComponents.iisNntp': L('NNTP service (IIS)', 'NNTP-Dienst (IIS)', 'installed'),
  'server.windowsComponents.iisSmtp': L('SMTP service (IIS)', 'SMTP-Dienst (IIS)', 'installed'),
  'server.windowsComponents.iisWww': L('World Wide Web service (IIS)', 'WWW-Dienst (IIS)', 'installed'),
  'storageGroup.acceptedCopyQueueLength': L(
    'Copy queue AutoDatabaseMountDial accepts for an automatic mount',
    'Kopierwarteschlange, die AutoDatabaseMountDial für ein automatisches Einbinden zulässt',
    'count',
  ),
  'storageGroup.copyPathIsUnc': L('Copy path is a UNC path', 'Kopiepfad ist ein UNC-Pfad', 'yesNo'),
  'storageGroup.copyStatus.copyQueueLength': L('Copy queue length', 'Länge der Kopiewarteschlange', 'count'),
  'storageGroup.copyStatus.replayQueueLength': L('Replay queue length', 'Länge der Wiedergabewarteschlange', 'count'),
  'storageGroup.copyStatus.summaryCopyStatus': L('Copy status', 'Kopiestatus'),
  'storageGroup.databaseCount': L('Databases in the storage group', 'Datenbanken in der Speichergruppe', 'count'),
  'storageGroup.hasLocalCopy': L(
    'Local continuous replication (LCR) copy',
    'Kopie der lokalen fortlaufenden Replikation (LCR)',
    'yesNo',
  ),
  'storageGroup.publicFolderDatabaseCount': L(
    'Public folder databases in the storage group',
    'Öffentliche-Ordner-Datenbanken in der Speichergruppe',
    'count',
  ),
  'storageGroup.replication': L('Continuous replication', 'Fortlaufende Replikation', 'replication'),
  'cluster.quorum.nodeMajority': L(
    'Majority of node votes decides (no shared disk)',
    'Mehrheit der Knotenstimmen entscheidet (kein gemeinsamer Datenträger)',
    'yesNo',
  ),
  'cluster.quorum.witness': L('Quorum witness', 'Quorumzeuge', 'quorumType'),
  'cluster.quorum.model': L('Quorum model (Windows Server 2008)', 'Quorummodell (Windows Server 2008)', 'quorumType'),
  'cluster.failedGroups': L('Failed groups', 'Fehlerhafte Gruppen'),
  'cluster.failedResources': L('Failed resources', 'Fehlerhafte Ressourcen'),
  'cluster.offlineGroups': L('Offline groups', 'Offline-Gruppen'),
  'cluster.offlineResourceGroups': L('Groups of offline resources', 'Gruppen der Offline-Ressourcen'),
  'server.hotfixes.listComplete': L('Hotfix list complete', 'Hotfixliste vollständig', 'yesNo'),
  'storageGroup.knownDatabaseCount': L(
    'Databases known in the storage group',
    'Bekannte Datenbanken der Speichergruppe',
    'count',
  ),
  'storageGroup.standbyContinuousReplication': L(
    'Standby continuous replication (SCR)',
    'Standby-fortlaufende Replikation (SCR)',
    'yesNo',
  ),
  'organization.publicFolderDatabaseServers': L(
    'Servers with a public folder database',
    'Server mit einer Datenbank für öffentliche Ordner',
  ),
  'organization.publicFolderDatabaseServersKnown': L(
    'Public folder database servers of the whole organization known',
    'Server mit Datenbanken für öffentliche Ordner der ganzen Organisation bekannt',
    'yesNo',
  ),
  'server.knownDatabaseCount': L('Databases known on the server', 'Bekannte Datenbanken des Servers', 'count'),
  'organization.transport.dumpsterRatioAtMost': L(
    'Transport dumpster to largest message size (at most)',
    'Transportdumpster zur größten Nachrichtengröße (höchstens)',
    'ratio',
  ),
};

/** The key of a fact path in FACT_LABELS: `server[NODE1].adapters[private].netbiosEnabled` → `server.adapters.netbiosEnabled`. */
export function factKey(path: string): string {
  return path.replace(/\[[^\]]*\]/g, '');
}

/** The label of a fact path, or undefined for a path without one (a user's own rule). */
export function factLabel(path: string): FactLabel | undefined {
  return FACT_LABELS[factKey(path)];
}
