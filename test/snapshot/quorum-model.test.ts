import { clusterQuorumOf, quorumModelOf, shareInName } from '../../src/snapshot/assemble/quorum-model';

/**
 * The quorum of a cluster, 2003 and 2008 alike: decided from `cluster /quorum` (its resource, path and type,
 * the 2008 model it names or the flag it prints), the resources' SharePath (cluster-res-priv.txt) and the
 * Majority Node Set's MNSFileShare; each verdict with its basis, conflicting evidence unknown.
 */
const MNS_PATH = 'C:\\WINDOWS\\Cluster\\MNS.{8E3A}$\\{8E3A}$\\MSCS\\';
const FSW = 'File Share Witness (\\\\EXHUB01\\FSW_EXCLUS01)';
const WITNESSES = [{ resource: FSW, sharePath: '\\\\EXHUB01\\FSW_EXCLUS01' }];

describe('2003: the quorum resource decides', () => {
  test.each([
    [
      'a Majority Node Set with a witness',
      { type: 'majorityNodeSet' as const, path: MNS_PATH },
      '\\\\HUB\\FSW',
      true,
      'fileShare',
    ],
    ['a Majority Node Set with MNSFileShare empty', { type: 'majorityNodeSet' as const }, '', true, 'none'],
    ['a Majority Node Set without KB921181 (no MNSFileShare)', { type: 'majorityNodeSet' as const }, undefined, true, undefined],
    ['a shared quorum disk', { type: 'disk' as const, path: 'Q:\\MSCS\\' }, undefined, false, 'disk'],
    ['a Local Quorum', { type: 'localQuorum' as const }, undefined, false, 'none'],
  ])('%s', (_name, quorum, mnsFileShare, nodeMajority, witness) => {
    const { quorum: q, witnessPath } = clusterQuorumOf({
      release: '2003 R2',
      quorum: { resourceName: 'Q', ...quorum, maxLogSize: 4194304 },
      ...(mnsFileShare !== undefined ? { mnsFileShare } : {}),
    });
    expect(q).toMatchObject({ type: quorum.type, nodeMajority });
    expect(q?.model).toBeUndefined();
    expect(q?.witness).toBe(witness);
    expect(q?.nodeMajorityBasis?.en).toMatch(/^cluster \/quorum: the quorum resource is a /);
    expect(q?.nodeMajorityBasis?.de).toMatch(/^cluster \/quorum: die Quorumressource ist /);
    expect(witnessPath).toBeUndefined();
  });

  test('4194304 on 2003 is the log size, not a quorum flag', () => {
    expect(
      quorumModelOf({ release: '2003', quorum: { resourceName: 'Disk Q:', maxLogSize: 4194304, type: 'disk' } }),
    ).toBeUndefined();
  });

  test('an unknown release still reads a Majority Node Set from its path', () => {
    expect(clusterQuorumOf({ quorum: { type: 'majorityNodeSet', path: MNS_PATH } }).quorum).toMatchObject({ nodeMajority: true });
  });
});

describe('2008: the quorum model decides', () => {
  test.each([
    [
      'named Node and File Share Majority, SharePath listed',
      { resourceName: FSW, model: 'nodeAndFileShareMajority' as const },
      WITNESSES,
      'nodeAndFileShareMajority',
      true,
      'fileShare',
      '\\\\EXHUB01\\FSW_EXCLUS01',
    ],
    [
      'named Node and File Share Majority, the share read from the resource name (no cluster-res-priv.txt)',
      { resourceName: FSW, model: 'nodeAndFileShareMajority' as const },
      undefined,
      'nodeAndFileShareMajority',
      true,
      'fileShare',
      '\\\\EXHUB01\\FSW_EXCLUS01',
    ],
    ['named Node Majority: no witness', { model: 'nodeMajority' as const }, [], 'nodeMajority', true, 'none', ''],
    [
      'named Node and Disk Majority',
      { resourceName: 'Cluster Disk 1', model: 'nodeAndDiskMajority' as const },
      [],
      'nodeAndDiskMajority',
      false,
      'disk',
      undefined,
    ],
    ['named Disk Only', { resourceName: 'Cluster Disk 1', model: 'diskOnly' as const }, [], 'diskOnly', false, 'disk', undefined],
    ['flag 0: Node Majority', { maxLogSize: 0 }, undefined, 'nodeMajority', true, 'none', ''],
    [
      'flag 4194304: Disk Only',
      { resourceName: 'Cluster Disk 1', path: 'Q:\\', maxLogSize: 4194304 },
      undefined,
      'diskOnly',
      false,
      'disk',
      undefined,
    ],
    [
      'flag 1024 and a resource with a SharePath: Node and File Share Majority',
      { resourceName: FSW, maxLogSize: 1024 },
      WITNESSES,
      'nodeAndFileShareMajority',
      true,
      'fileShare',
      '\\\\EXHUB01\\FSW_EXCLUS01',
    ],
    [
      'flag 1024 and a share as the path',
      { resourceName: 'Witness', path: '\\\\HUB\\FSW', maxLogSize: 1024 },
      undefined,
      'nodeAndFileShareMajority',
      true,
      'fileShare',
      '\\\\HUB\\FSW',
    ],
    [
      'flag 1024 and a resource without a SharePath: Node and Disk Majority',
      { resourceName: 'Cluster Disk 1', path: 'Q:\\', maxLogSize: 1024 },
      [],
      'nodeAndDiskMajority',
      false,
      'disk',
      undefined,
    ],
  ])('%s', (_name, quorum, fileShareWitnesses, model, nodeMajority, witness, witnessPath) => {
    const result = clusterQuorumOf({ release: '2008', quorum, ...(fileShareWitnesses ? { fileShareWitnesses } : {}) });
    expect(result.quorum).toMatchObject({ model, nodeMajority, witness });
    expect(result.witnessPath).toBe(witnessPath);
  });

  test('the basis says what decided', () => {
    expect(
      clusterQuorumOf({ release: '2008', quorum: { resourceName: FSW, maxLogSize: 1024 }, fileShareWitnesses: WITNESSES }).quorum!
        .modelBasis?.en,
    ).toBe(
      'Windows Server 2008: cluster /quorum gives the quorum flag 1024 (CLUS_HYBRID_QUORUM) and its resource has the SharePath \\\\EXHUB01\\FSW_EXCLUS01',
    );
    expect(clusterQuorumOf({ release: '2008 R2', quorum: { model: 'nodeMajority' } }).quorum!.modelBasis).toEqual({
      en: 'cluster /quorum names the model Node Majority',
      de: 'cluster /quorum nennt das Modell Knotenmehrheit',
    });
  });

  test.each([
    [
      'a named file share majority whose complete resource list has no witness: conflicting',
      { release: '2008', quorum: { resourceName: 'X', model: 'nodeAndFileShareMajority' as const }, fileShareWitnesses: [] },
      'cluster /quorum names the model Node and File Share Majority, but no resource of cluster-res-priv.txt has a SharePath: conflicting, so unknown',
    ],
    [
      'flag 1024 without the resources: which witness is unknown',
      { release: '2008', quorum: { resourceName: 'Cluster Disk 1', maxLogSize: 1024 } },
      'Windows Server 2008: cluster /quorum gives the quorum flag 1024 (CLUS_HYBRID_QUORUM): a witness, of a kind only cluster-res-priv.txt tells',
    ],
  ])('%s', (_name, evidence, basis) => {
    const { quorum } = clusterQuorumOf(evidence);
    expect(quorum).toMatchObject({ resource: evidence.quorum.resourceName, modelBasis: { en: basis } });
    expect(Object.keys(quorum!).sort()).toEqual(['modelBasis', 'nodeMajorityBasis', 'resource']);
  });

  test('a 2008 quorum disk that names no model and prints no flag is not read as a 2003 one', () => {
    expect(
      clusterQuorumOf({ release: '2008', quorum: { resourceName: 'Disk Q:', path: 'Q:\\MSCS\\', type: 'disk' } }).quorum,
    ).toEqual({
      resource: 'Disk Q:',
      path: 'Q:\\MSCS\\',
    });
  });
});

test.each([
  ['File Share Witness (\\\\EXHUB01\\FSW_EXCLUS01)', '\\\\EXHUB01\\FSW_EXCLUS01'],
  ['Dateifreigabezeuge (\\\\hub.contoso.local\\FSW)', '\\\\hub.contoso.local\\FSW'],
  ['File Share Witness', undefined],
  ['Cluster Disk 1', undefined],
])('the share in the witness name %s is %s', (name, share) => {
  expect(shareInName(name)).toBe(share);
});

describe('the edges of the quorum evidence', () => {
  test('nothing read: nothing known', () => {
    expect(clusterQuorumOf({})).toEqual({});
    expect(clusterQuorumOf({ release: '2008', fileShareWitnesses: [] })).toEqual({});
  });

  test('a Majority Node Set without MNSFileShare has no witness property at all', () => {
    const { quorum } = clusterQuorumOf({ release: '2003', quorum: { resourceName: 'MNS', type: 'majorityNodeSet' } });
    expect(quorum).not.toHaveProperty('witness');
    expect(quorum!.nodeMajorityBasis).toEqual({
      en: 'cluster /quorum: the quorum resource is a Majority Node Set',
      de: 'cluster /quorum: die Quorumressource ist ein Majority Node Set',
    });
  });

  test.each([
    ['nodeMajority', 'none'],
    ['nodeAndDiskMajority', 'disk'],
    ['nodeAndFileShareMajority', 'fileShareWitness'],
    ['diskOnly', 'disk'],
  ] as const)('the named model %s is the quorum type %s', (model, type) => {
    expect(clusterQuorumOf({ release: '2008', quorum: { resourceName: FSW, model } }).quorum!.type).toBe(type);
  });

  test('a disk model has no witness path, even with a file share witness resource listed', () => {
    for (const model of ['nodeAndDiskMajority', 'diskOnly'] as const) {
      expect(
        clusterQuorumOf({
          release: '2008',
          quorum: { resourceName: FSW, path: '\\\\HUB\\FSW', model },
          fileShareWitnesses: WITNESSES,
        }),
      ).not.toHaveProperty('witnessPath');
    }
  });

  test.each([
    [
      'the witness resource of the quorum, named in another case, among several',
      FSW.toUpperCase(),
      [{ resource: 'FSW Old', sharePath: '\\\\OLD\\FSW' }, ...WITNESSES],
      '\\\\EXHUB01\\FSW_EXCLUS01',
    ],
    [
      'the only witness resource listed, whatever the quorum resource is called',
      'Witness',
      WITNESSES,
      '\\\\EXHUB01\\FSW_EXCLUS01',
    ],
    [
      'several listed, none the quorum resource: the share in its name',
      FSW,
      [
        { resource: 'A', sharePath: '\\\\A\\FSW' },
        { resource: 'B', sharePath: '\\\\B\\FSW' },
      ],
      '\\\\EXHUB01\\FSW_EXCLUS01',
    ],
    ['none listed, a path that is no share: the share in its name', FSW, undefined, '\\\\EXHUB01\\FSW_EXCLUS01'],
  ] as [string, string, { resource: string; sharePath: string }[] | undefined, string][])(
    'the witness path of a named Node and File Share Majority: %s',
    (_name, resourceName, fileShareWitnesses, witnessPath) => {
      const result = clusterQuorumOf({
        release: '2008',
        quorum: { resourceName, path: 'C:\\Cluster', model: 'nodeAndFileShareMajority' },
        ...(fileShareWitnesses ? { fileShareWitnesses } : {}),
      });
      expect(result.witnessPath).toBe(witnessPath);
    },
  );

  test('flag 1024 with a witness resource that is not the quorum resource: a disk witness', () => {
    expect(
      quorumModelOf({
        release: '2008',
        quorum: { resourceName: 'Cluster Disk 1', maxLogSize: 1024 },
        fileShareWitnesses: WITNESSES,
      }),
    ).toEqual({
      model: 'nodeAndDiskMajority',
      basis: {
        en: 'Windows Server 2008: cluster /quorum gives the quorum flag 1024 (CLUS_HYBRID_QUORUM) and its resource is no file share witness',
        de: 'Windows Server 2008: cluster /quorum liefert das Quorum-Flag 1024 (CLUS_HYBRID_QUORUM), und seine Ressource ist kein Dateifreigabezeuge',
      },
    });
  });

  test.each([
    [
      { resourceName: FSW, maxLogSize: 1024 },
      WITNESSES,
      'nodeAndFileShareMajority',
      'Windows Server 2008: cluster /quorum liefert das Quorum-Flag 1024 (CLUS_HYBRID_QUORUM), und seine Ressource hat den SharePath \\\\EXHUB01\\FSW_EXCLUS01',
    ],
    [
      { resourceName: 'Witness', path: '\\\\HUB\\FSW', maxLogSize: 1024 },
      undefined,
      'nodeAndFileShareMajority',
      'Windows Server 2008: cluster /quorum liefert das Quorum-Flag 1024 (CLUS_HYBRID_QUORUM), und seine Ressource ist die Freigabe \\\\HUB\\FSW',
    ],
    [
      { resourceName: 'Cluster Disk 1', maxLogSize: 1024 },
      undefined,
      undefined,
      'Windows Server 2008: cluster /quorum liefert das Quorum-Flag 1024 (CLUS_HYBRID_QUORUM): ein Zeuge, dessen Art nur cluster-res-priv.txt nennt',
    ],
    [
      { maxLogSize: 0 },
      undefined,
      'nodeMajority',
      'Windows Server 2008: cluster /quorum liefert das Quorum-Flag 0 (CLUS_NODE_MAJORITY_QUORUM)',
    ],
    [
      { resourceName: 'X', model: 'nodeAndFileShareMajority' as const },
      [],
      undefined,
      'cluster /quorum nennt das Modell Knoten- und Dateifreigabemehrheit, aber keine Ressource in cluster-res-priv.txt hat einen SharePath: widersprüchlich, daher unbekannt',
    ],
  ])('the German basis of %j', (quorum, fileShareWitnesses, model, de) => {
    const decided = quorumModelOf({ release: '2008', quorum, ...(fileShareWitnesses ? { fileShareWitnesses } : {}) });
    expect(decided?.model).toBe(model);
    expect(decided?.basis.de).toBe(de);
  });

  test('the English basis of a share as the path', () => {
    expect(
      quorumModelOf({ release: '2008 R2', quorum: { resourceName: 'W', path: '\\\\HUB\\FSW', maxLogSize: 1024 } })!.basis.en,
    ).toBe(
      'Windows Server 2008 R2: cluster /quorum gives the quorum flag 1024 (CLUS_HYBRID_QUORUM) and its resource is the share \\\\HUB\\FSW',
    );
  });

  test('a flag bpa does not know, or 2012, decides nothing', () => {
    expect(quorumModelOf({ release: '2008', quorum: { maxLogSize: 4096 } })).toBeUndefined();
    expect(quorumModelOf({ release: '2012', quorum: { maxLogSize: 0 } })).toBeUndefined();
  });
});

test.each([
  ['File Share Witness (\\\\HUB\\FSW)  ', '\\\\HUB\\FSW'],
  ['File Share Witness (\\\\HUB\\FSW) old', undefined],
  [undefined, undefined],
])('the share in the witness name %j: only a closing parenthesis at the end', (name, share) => {
  expect(shareInName(name)).toBe(share);
});
