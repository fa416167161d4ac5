/**
 * `cluster-res-mns-priv.txt`: the output of `cluster res "Majority Node Set" /priv`.
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_PRIVATE_LISTING and MSG_PROPERTY_HEADER_RES_ALL;
 * the MNSFileShare properties exist once the file share witness update, KB921181, is installed):
 *
 *     Listing private properties for 'Majority Node Set':
 *
 *     T  Resource             Name                           Value
 *     -- -------------------- ------------------------------ -----------------------
 *     S  Majority Node Set    MNSFileShare                   \\FSW01\MNS_FSW_CCR1
 *     D  Majority Node Set    MNSFileShareCheckInterval      240 (0xf0)
 *     D  Majority Node Set    MNSFileShareDelay              4 (0x4)
 *
 * An MNSFileShare listed with no value is a witness that is not configured (''); a missing MNSFileShare row
 * is a node without the update (undefined). Both intervals are in seconds.
 */
import type { Parser } from '../types';
import { diagnostic } from '../../src/shared/diagnostic';
import { propertyOf, type ClusterPropertyObject } from '../shapes/cluster-properties';
import { readPropertyListing } from './cmd-common';
import { detectPrivatePropertiesLanguage } from './private-properties-language';

export interface ClusterResMnsPrivFacts {
  /** The resource the properties belong to (`Majority Node Set`). */
  resourceName?: string;
  /** The file share witness (`\\FSW01\MNS_FSW_CCR1`); '' when the property is listed empty. */
  mnsFileShare?: string;
  /** Seconds between checks of the file share witness. */
  mnsFileShareCheckInterval?: number;
  /** MNSFileShareDelay: seconds of delay before the resource arbitrates for the witness. */
  mnsFileShareDelay?: number;
  /** True when the capture is cut off inside a row: a property may be missing. */
  truncated?: boolean;
}

/** English or German, from the intro and header lines of a private property listing. */
export const detectLanguage = detectPrivatePropertiesLanguage;

export const parseClusterResMnsPriv: Parser<ClusterResMnsPrivFacts> = (input) => {
  const { listing, language, diagnostics } = readPropertyListing(input, detectLanguage);
  const facts: ClusterResMnsPrivFacts = {};
  if (listing) {
    const owners = listing.objects.filter((o) => propertyOf(o, 'MNSFileShare') || propertyOf(o, 'MNSFileShareCheckInterval'));
    if (owners.length > 1)
      diagnostics.push(
        diagnostic(input.file, 'warning', `${owners.length} resources have MNS properties, the first one is read`),
      );
    const object: ClusterPropertyObject | undefined =
      owners[0] ?? (listing.objects.length === 1 ? listing.objects[0] : undefined);
    const resourceName = object?.name || listing.introName;
    if (resourceName) facts.resourceName = resourceName;
    const share = propertyOf(object, 'MNSFileShare')?.value;
    const interval = propertyOf(object, 'MNSFileShareCheckInterval')?.value;
    const delay = propertyOf(object, 'MNSFileShareDelay')?.value;
    if (typeof share === 'string') facts.mnsFileShare = share;
    if (typeof interval === 'number') facts.mnsFileShareCheckInterval = interval;
    if (typeof delay === 'number') facts.mnsFileShareDelay = delay;
    if (listing.truncated) facts.truncated = true;
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
