/**
 * `cluster-res-priv.txt`: the output of `cluster res /priv`, the private properties of every resource.
 *
 * Layout: the property listing of cluster.exe (see `cluster-properties.ts`), one row per property with the
 * resource in the owner column, as for one resource (`cluster-res-mns-priv.txt`) but for all of them:
 *
 *     Listing private properties for all resources:
 *
 *     T  Resource             Name                           Value
 *     -- -------------------- ------------------------------ -----------------------
 *     S  File Share Witness (\\EXHUB01\FSW_EXCLUS01) SharePath                      \\EXHUB01\FSW_EXCLUS01
 *     S  Majority Node Set    MNSFileShare                   \\EX2007-HUB1\FSW_EX2007-CLUSTER
 *
 * Read are the file share witness of a Windows Server 2008 cluster (the resource with the private property
 * `SharePath`, CLUSREG_NAME_FSWITNESS_SHARE_PATH, whatever the resource is called: its name is localized and
 * often carries the share) and the Majority Node Set settings of a 2003 cluster with KB921181 (`MNSFileShare`,
 * `MNSFileShareCheckInterval`, `MNSFileShareDelay`). Property names are never translated; the intro and the
 * header are, and tell the language. All resources are listed, so one witness resource or none is known.
 */
import type { Parser } from '../types';
import { propertyOf } from '../shapes/cluster-properties';
import { readPropertyListing } from './cmd-common';
import { detectPrivatePropertiesLanguage } from './private-properties-language';

export interface ClusterResPrivFacts {
  /**
   * The resources with a `SharePath`: file share witnesses (Windows Server 2008); empty when a whole listing
   * has none, absent when a cut-off listing shows none.
   */
  fileShareWitnesses?: { resource: string; sharePath: string }[];
  /** The resource with the Majority Node Set's witness properties (Windows Server 2003 with KB921181). */
  majorityNodeSet?: { resource: string; mnsFileShare?: string; checkInterval?: number; delay?: number };
  /** True when the capture is cut off inside a row: a resource or property may be missing. */
  truncated?: boolean;
}

/** English or German, from the intro and header lines of a private property listing. */
export const detectLanguage = detectPrivatePropertiesLanguage;

export const parseClusterResPriv: Parser<ClusterResPrivFacts> = (input) => {
  const { listing, language, diagnostics } = readPropertyListing(input, detectLanguage);
  const facts: ClusterResPrivFacts = {};
  if (listing) {
    const witnesses = listing.objects.flatMap((o) => {
      const path = propertyOf(o, 'SharePath')?.value;
      return typeof path === 'string' ? [{ resource: o.name, sharePath: path }] : [];
    });
    // A listing cut off may have lost the witness: "none" is known only from a whole one.
    if (witnesses.length > 0 || !listing.truncated) facts.fileShareWitnesses = witnesses;
    const mns = listing.objects.find((o) => propertyOf(o, 'MNSFileShare') || propertyOf(o, 'MNSFileShareCheckInterval'));
    if (mns) {
      const share = propertyOf(mns, 'MNSFileShare')?.value;
      const interval = propertyOf(mns, 'MNSFileShareCheckInterval')?.value;
      const delay = propertyOf(mns, 'MNSFileShareDelay')?.value;
      facts.majorityNodeSet = {
        resource: mns.name,
        ...(typeof share === 'string' ? { mnsFileShare: share } : {}),
        ...(typeof interval === 'number' ? { checkInterval: interval } : {}),
        ...(typeof delay === 'number' ? { delay } : {}),
      };
    }
    if (listing.truncated) facts.truncated = true;
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
