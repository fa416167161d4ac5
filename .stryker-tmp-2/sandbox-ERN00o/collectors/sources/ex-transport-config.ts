/**
 * `ex-transport-config.txt`: `Get-TransportConfig | Format-List` (organization-wide, in `_organization/`).
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one object with the
 * properties of Exchange 2007 SP1/SP3 as the Set-TransportConfig reference lists them:
 * `MaxDumpsterSizePerStorageGroup : 18MB (18,874,368 bytes)` (ByteQuantifiedSize),
 * `MaxDumpsterTime : 7.00:00:00` (EnhancedTimeSpan), `MaxReceiveSize` and `MaxSendSize` (Unlimited
 * ByteQuantifiedSize: `10MB (10,485,760 bytes)` or `unlimited`), `MaxRecipientEnvelopeLimit` (Unlimited
 * integer). Values are culture-formatted (`18 MB (18.874.368 bytes)` in German).
 * Fixtures: `test/fixtures/sources/ex-transport-config/`.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { definedOnly, readSingleExchangeObject, type ExchangeObject } from '../shapes/exchange-objects';
import type { Unlimited } from '../shapes/exchange-values';

export interface ExTransportConfigFacts {
  /** Bytes. */
  maxDumpsterSizePerStorageGroup?: number;
  /** Seconds. */
  maxDumpsterTime?: number;
  /** Bytes, or `unlimited`. */
  maxReceiveSize?: number | Unlimited;
  /** Bytes, or `unlimited`. */
  maxSendSize?: number | Unlimited;
  /** Recipients, or `unlimited`. */
  maxRecipientEnvelopeLimit?: number | Unlimited;
}

function readTransportConfig(object: ExchangeObject): ExTransportConfigFacts {
  return definedOnly({
    maxDumpsterSizePerStorageGroup: object.bytes('MaxDumpsterSizePerStorageGroup'),
    maxDumpsterTime: object.seconds('MaxDumpsterTime'),
    maxReceiveSize: object.bytesOrUnlimited('MaxReceiveSize'),
    maxSendSize: object.bytesOrUnlimited('MaxSendSize'),
    maxRecipientEnvelopeLimit: object.integerOrUnlimited('MaxRecipientEnvelopeLimit'),
  });
}

export const parseExTransportConfig: Parser<ExTransportConfigFacts> = (input) => {
  const { item, diagnostics, language } = readSingleExchangeObject(input, 'transport configuration', readTransportConfig);
  const facts = item ?? {};
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
