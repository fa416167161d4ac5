/**
 * `ex-server.txt`: `Get-ExchangeServer <name> | Format-List` (in `_organization/`: every server, Exchange
 * 2003 servers of a mixed organization included).
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), with the properties of
 * Exchange 2007 SP1/SP3 (`Name`, `Edition`, `ExchangeLegacyDN`, `Fqdn`, `IsExchange2007OrLater`,
 * `AdminDisplayVersion : Version 8.1 (Build 240.6)`, `Site`, `ServerRole : ClientAccess, HubTransport`,
 * `ErrorReportingEnabled` — blank until set…, `DataPath` — where Exchange is installed), as the Exchange
 * 2007 cmdlet reference and posted output show them. Property names are the same in every language; values are read by their type.
 * Fixtures: `test/fixtures/sources/ex-server/` (English culture at 80 columns, German culture at 120).
 */
import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject, type Open } from '../shapes/exchange-objects';
import { lastIdentityPart, type ExchangeVersion } from '../shapes/exchange-values';

export const SERVER_ROLES = ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging', 'Edge'] as const;
export type ServerRole = Open<(typeof SERVER_ROLES)[number]>;

export const EDITIONS = [
  'Standard',
  'Enterprise',
  'Evaluation',
  'StandardEvaluation',
  'EnterpriseEvaluation',
  'Coexistence',
  'CoexistenceEvaluation',
  'Unknown',
] as const;
export type ExchangeEdition = Open<(typeof EDITIONS)[number]>;

export interface ExchangeServer {
  name: string;
  fqdn?: string;
  /** The AD site as an ADObjectId: `contoso.com/Configuration/Sites/Default-First-Site-Name`. */
  site?: string;
  /** The site's name: `Default-First-Site-Name`. */
  siteName?: string;
  /** Installed roles; empty for an Exchange 2003 server (`ServerRole : None`). */
  serverRole?: ServerRole[];
  edition?: ExchangeEdition;
  adminDisplayVersion?: ExchangeVersion;
  isExchange2007OrLater?: boolean;
  /** Undefined when the value is blank: it was never set (Setup asks, and a blank is not `False`). */
  errorReportingEnabled?: boolean;
  exchangeLegacyDn?: string;
  /** `DataPath`: the install folder plus `\Mailbox` (`C:\Program Files\Microsoft\Exchange Server\Mailbox`). */
  dataPath?: string;
}

export interface ExServerFacts {
  /** Undefined when the file is empty or holds no server (binary, an error, not Format-List output). */
  servers?: ExchangeServer[];
}

function readServer(object: ExchangeObject): ExchangeServer | undefined {
  const name = object.text('Name') ?? object.text('Identity');
  if (name === undefined) return undefined;
  const site = object.text('Site');
  return definedOnly({
    name,
    fqdn: object.text('Fqdn'),
    site,
    siteName: site === undefined ? undefined : lastIdentityPart(site),
    serverRole: object.flags('ServerRole', SERVER_ROLES),
    edition: object.enumeration('Edition', EDITIONS),
    adminDisplayVersion: object.version('AdminDisplayVersion'),
    isExchange2007OrLater: object.boolean('IsExchange2007OrLater'),
    errorReportingEnabled: object.boolean('ErrorReportingEnabled'),
    exchangeLegacyDn: object.text('ExchangeLegacyDN'),
    dataPath: object.text('DataPath'),
  });
}

export const parseExServer: Parser<ExServerFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'Exchange server', readServer);
  const facts: ExServerFacts = items === undefined ? {} : { servers: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
