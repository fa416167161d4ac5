/**
 * `ex-receive-connectors.txt`: `Get-ReceiveConnector | Format-List` (in `_organization/`: every hub and edge
 * server's connectors).
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one record per connector with
 * the properties of Exchange 2007 SP1/SP3 (`Identity : EX2007-HUB1\Default EX2007-HUB1`, `Server`,
 * `Enabled`, `MaxMessageSize : 10MB (10,485,760 bytes)`, `Bindings`, `RemoteIPRanges`,
 * `PermissionGroups`…), as the Exchange 2007 cmdlet reference and posted output show them.
 * Fixtures: `test/fixtures/sources/ex-receive-connectors/`.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject } from '../shapes/exchange-objects';
import { identityServer, lastIdentityPart, type Unlimited } from '../shapes/exchange-values';

export interface ReceiveConnector {
  name: string;
  /** `SERVER\Name`. */
  identity?: string;
  /** The server the connector belongs to: the server part of its identity. */
  server?: string;
  enabled?: boolean;
  /** Bytes, or `unlimited`. */
  maxMessageSize?: number | Unlimited;
}

export interface ExReceiveConnectorsFacts {
  /** Undefined when the file is empty or holds no connector (binary, an error, not Format-List output). */
  connectors?: ReceiveConnector[];
}

function readReceiveConnector(object: ExchangeObject): ReceiveConnector | undefined {
  const identity = object.text('Identity');
  const name = object.text('Name') ?? (identity === undefined ? undefined : lastIdentityPart(identity));
  if (name === undefined) return undefined;
  return definedOnly({
    name,
    identity,
    server: (identity === undefined ? undefined : identityServer(identity)) ?? object.text('Server'),
    enabled: object.boolean('Enabled'),
    maxMessageSize: object.bytesOrUnlimited('MaxMessageSize'),
  });
}

export const parseExReceiveConnectors: Parser<ExReceiveConnectorsFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'receive connector', readReceiveConnector);
  const facts: ExReceiveConnectorsFacts = items === undefined ? {} : { connectors: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
