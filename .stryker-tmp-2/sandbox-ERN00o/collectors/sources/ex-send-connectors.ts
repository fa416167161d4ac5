/**
 * `ex-send-connectors.txt`: `Get-SendConnector | Format-List` (organization-wide, in `_organization/`).
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one record per connector with
 * the properties of Exchange 2007 SP1/SP3 (`Identity : Internet`, `Enabled`, `AddressSpaces : {smtp:*;1}`,
 * `MaxMessageSize : 10MB (10,485,760 bytes)` or `unlimited`, `SourceTransportServers : {HUB1, HUB2}`…), as
 * the Exchange 2007 cmdlet reference and posted output show them. A send connector belongs to the
 * organization; the hub transport servers that use it are its `SourceTransportServers`.
 * Fixtures: `test/fixtures/sources/ex-send-connectors/`.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject } from '../shapes/exchange-objects';
import type { Unlimited } from '../shapes/exchange-values';

export interface SendConnector {
  name: string;
  identity?: string;
  /** The hub transport servers that send through this connector (PowerShell shows at most 4). */
  sourceTransportServers?: string[];
  enabled?: boolean;
  /** Bytes, or `unlimited`. */
  maxMessageSize?: number | Unlimited;
  /** `smtp:*;1`… */
  addressSpaces?: string[];
}

export interface ExSendConnectorsFacts {
  /** Undefined when the file is empty or holds no connector (binary, an error, not Format-List output). */
  connectors?: SendConnector[];
}

function readSendConnector(object: ExchangeObject): SendConnector | undefined {
  const identity = object.text('Identity');
  const name = object.text('Name') ?? identity;
  if (name === undefined) return undefined;
  return definedOnly({
    name,
    identity,
    sourceTransportServers: object.list('SourceTransportServers'),
    enabled: object.boolean('Enabled'),
    maxMessageSize: object.bytesOrUnlimited('MaxMessageSize'),
    addressSpaces: object.list('AddressSpaces'),
  });
}

export const parseExSendConnectors: Parser<ExSendConnectorsFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'send connector', readSendConnector);
  const facts: ExSendConnectorsFacts = items === undefined ? {} : { connectors: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
