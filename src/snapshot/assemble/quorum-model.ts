import type { ClusterQuorumFacts, QuorumModel } from '../../../collectors/sources/cluster-quorum';
import type { Cluster } from '../schema';

type Quorum = NonNullable<Cluster['quorum']>;

/** What a cluster's quorum is decided from: `cluster /quorum`, the resources' private properties, the release. */
export interface QuorumEvidence {
  /** The Windows release of the nodes (`2003`, `2003 R2`, `2008`, `2008 R2`). */
  release?: string;
  quorum?: ClusterQuorumFacts;
  /** The resources with a SharePath (cluster-res-priv.txt); undefined when that source was not read. */
  fileShareWitnesses?: { resource: string; sharePath: string }[];
  /** MNSFileShare of the Majority Node Set (cluster-res-mns-priv.txt, else cluster-res-priv.txt); '' when empty. */
  mnsFileShare?: string;
}

type Text = { en: string; de: string };

const MODEL_NAMES: Record<QuorumModel, Text> = {
  nodeMajority: { en: 'Node Majority', de: 'Knotenmehrheit' },
  nodeAndDiskMajority: { en: 'Node and Disk Majority', de: 'Knoten- und Datenträgermehrheit' },
  nodeAndFileShareMajority: { en: 'Node and File Share Majority', de: 'Knoten- und Dateifreigabemehrheit' },
  diskOnly: { en: 'No Majority: Disk Only', de: 'Keine Mehrheit: Nur Datenträger' },
};

/** The quorum flags of Windows Server 2008 (clusapi.h; MS-CMRP ApiGetQuorumResource, protocol version 3). */
const FLAGS: Record<number, string> = {
  0: 'CLUS_NODE_MAJORITY_QUORUM',
  1024: 'CLUS_HYBRID_QUORUM',
  4194304: 'CLUS_LEGACY_QUORUM',
};

const is2008 = (release: string | undefined) => release !== undefined && /^2008\b/.test(release);

/** `File Share Witness (\\EXHUB01\FSW_X)`: the share a 2008 witness resource is named after by default. */
export function shareInName(resource: string | undefined): string | undefined {
  return resource ? /\((\\\\[^\\()]+\\[^()]+)\)\s*$/.exec(resource)?.[1] : undefined;
}

/**
 * The Windows Server 2008 quorum model and what decided it: the model cluster.exe names; else, on 2008, the
 * quorum flag `cluster /quorum` prints in place of 2003's log size (0 Node Majority, 4194304 Disk Only, 1024
 * a majority with a witness: a file share witness when the quorum resource has a SharePath or is a share,
 * else a disk witness). A named Node and File Share Majority whose complete resource list has no file share
 * witness is conflicting evidence, and so unknown. Undefined for a 2003 cluster (Majority Node Set and the
 * other 2003 types are read from the quorum resource) and when nothing tells.
 */
export function quorumModelOf(e: QuorumEvidence): { model?: QuorumModel; basis: Text } | undefined {
  const q = e.quorum;
  if (q?.model) {
    const name = MODEL_NAMES[q.model];
    const basis = { en: `cluster /quorum names the model ${name.en}`, de: `cluster /quorum nennt das Modell ${name.de}` };
    if (q.model === 'nodeAndFileShareMajority' && e.fileShareWitnesses?.length === 0)
      return {
        basis: {
          en: `${basis.en}, but no resource of cluster-res-priv.txt has a SharePath: conflicting, so unknown`,
          de: `${basis.de}, aber keine Ressource in cluster-res-priv.txt hat einen SharePath: widersprüchlich, daher unbekannt`,
        },
      };
    return { model: q.model, basis };
  }
  if (!is2008(e.release) || q?.maxLogSize === undefined || !(q.maxLogSize in FLAGS)) return undefined;
  const flag = {
    en: `Windows Server ${e.release}: cluster /quorum gives the quorum flag ${q.maxLogSize} (${FLAGS[q.maxLogSize]})`,
    de: `Windows Server ${e.release}: cluster /quorum liefert das Quorum-Flag ${q.maxLogSize} (${FLAGS[q.maxLogSize]})`,
  };
  const and = (en: string, de: string): Text => ({ en: `${flag.en}${en}`, de: `${flag.de}${de}` });
  if (q.maxLogSize === 0) return { model: 'nodeMajority', basis: flag };
  if (q.maxLogSize === 4194304) return { model: 'diskOnly', basis: flag };
  const resource = q.resourceName?.toLowerCase();
  const witness = e.fileShareWitnesses?.find((w) => w.resource.toLowerCase() === resource);
  if (witness)
    return {
      model: 'nodeAndFileShareMajority',
      basis: and(
        ` and its resource has the SharePath ${witness.sharePath}`,
        `, und seine Ressource hat den SharePath ${witness.sharePath}`,
      ),
    };
  if (q.path?.startsWith('\\\\'))
    return {
      model: 'nodeAndFileShareMajority',
      basis: and(` and its resource is the share ${q.path}`, `, und seine Ressource ist die Freigabe ${q.path}`),
    };
  if (e.fileShareWitnesses)
    return {
      model: 'nodeAndDiskMajority',
      basis: and(' and its resource is no file share witness', ', und seine Ressource ist kein Dateifreigabezeuge'),
    };
  return {
    basis: and(
      ': a witness, of a kind only cluster-res-priv.txt tells',
      ': ein Zeuge, dessen Art nur cluster-res-priv.txt nennt',
    ),
  };
}

/**
 * The quorum facts the rules read, on 2003 and 2008 alike: the resource and its type, the 2008 model, whether
 * a majority of node votes decides with no shared disk (`nodeMajority`: Majority Node Set, Node Majority, Node
 * and File Share Majority), which witness it has, and the basis; and the file share witness path it uses.
 */
export function clusterQuorumOf(e: QuorumEvidence): { quorum?: Quorum; witnessPath?: string } {
  const q = e.quorum;
  const decided = quorumModelOf(e);
  if (!q && !decided) return {};
  const quorum: Quorum = {
    ...(q?.resourceName ? { resource: q.resourceName } : {}),
    ...(q?.path ? { path: q.path } : {}),
  };
  if (decided?.model) return withModel(quorum, decided.model, decided.basis, e);
  if (decided) {
    quorum.modelBasis = decided.basis;
    quorum.nodeMajorityBasis = decided.basis;
  } else if (q?.type && !is2008(e.release)) {
    quorum.type = q.type;
    quorum.nodeMajority = q.type === 'majorityNodeSet';
    quorum.nodeMajorityBasis = {
      en: `cluster /quorum: the quorum resource is a ${TYPE_NAMES[q.type].en}`,
      de: `cluster /quorum: die Quorumressource ist ${TYPE_NAMES[q.type].de}`,
    };
    const witness = q.type === 'majorityNodeSet' ? mnsWitness(e.mnsFileShare) : q.type === 'disk' ? 'disk' : 'none';
    if (witness) quorum.witness = witness;
  }
  return { quorum };
}

const TYPE_NAMES = {
  majorityNodeSet: { en: 'Majority Node Set', de: 'ein Majority Node Set' },
  disk: { en: 'shared disk', de: 'ein gemeinsamer Datenträger' },
  localQuorum: { en: 'Local Quorum', de: 'ein lokales Quorum' },
} as const;

function mnsWitness(share: string | undefined): Quorum['witness'] {
  return share === undefined ? undefined : share === '' ? 'none' : 'fileShare';
}

function withModel(quorum: Quorum, model: QuorumModel, basis: Text, e: QuorumEvidence): { quorum: Quorum; witnessPath?: string } {
  quorum.model = model;
  quorum.nodeMajority = model === 'nodeMajority' || model === 'nodeAndFileShareMajority';
  quorum.type = model === 'nodeMajority' ? 'none' : model === 'nodeAndFileShareMajority' ? 'fileShareWitness' : 'disk';
  quorum.witness = model === 'nodeMajority' ? 'none' : model === 'nodeAndFileShareMajority' ? 'fileShare' : 'disk';
  quorum.modelBasis = basis;
  quorum.nodeMajorityBasis = basis;
  if (model === 'nodeMajority') return { quorum, witnessPath: '' };
  if (model !== 'nodeAndFileShareMajority') return { quorum };
  const resource = quorum.resource?.toLowerCase();
  const listed = e.fileShareWitnesses ?? [];
  const own = listed.find((w) => w.resource.toLowerCase() === resource) ?? (listed.length === 1 ? listed[0] : undefined);
  const path = own?.sharePath ?? (quorum.path?.startsWith('\\\\') ? quorum.path : shareInName(quorum.resource));
  return path ? { quorum, witnessPath: path } : { quorum };
}
