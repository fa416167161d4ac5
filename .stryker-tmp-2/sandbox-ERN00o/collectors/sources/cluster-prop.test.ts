// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterProp } from './cluster-prop';

// Fixtures: test/fixtures/sources/cluster-prop/{en,de}.txt, written as cluster.exe prints `cluster /prop`
// (cluster.cpp ScDoProperties: MSG_PROPERTY_LISTING, MSG_PROPERTY_HEADER_CLUSTER_ALL, binary values as
// ` 01 00 14 80 ... (136 bytes)`, a multi-string repeated per string; CRLF; German in CP850).
const FILE = 'cluster-prop.txt';
const en = readCmdFixture('cluster-prop', 'en.txt');
const de = readCmdFixture('cluster-prop', 'de.txt');
const parse = (text: string) => parseClusterProp({ text, file: FILE });

describe('parseClusterProp', () => {
  it('reads the cluster name, every property, and the typed ones (English)', () => {
    expect(parse(en)).toEqual({
      facts: {
        clusterName: 'CCR-CLUSTER',
        properties: {
          'Security Descriptor': '01 00 14 80 ... (136 bytes)',
          AdminExtensions: ['{4EC90FB0-D0BB-11CF-B5EF-00A0C90AB505}', '{7A0AD5F5-1A85-4B1C-B5C8-44C1D1A6B5E1}'],
          Description: 'Exchange 2007 CCR cluster',
          Security: '01 00 04 80 ... (116 bytes)',
          DefaultNetworkRole: 2,
          QuorumArbitrationTimeMax: 60,
          QuorumArbitrationTimeMin: 7,
          EnableEventLogReplication: 0,
          HangRecoveryAction: 3,
          ShutdownTimeoutInMinutes: 20,
        },
        description: 'Exchange 2007 CCR cluster',
        defaultNetworkRole: 2,
        quorumArbitrationTimeMax: 60,
        quorumArbitrationTimeMin: 7,
        shutdownTimeout: 1200,
        hangRecoveryAction: 3,
        enableEventLogReplication: false,
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German capture (CP850)', () => {
    const { facts, diagnostics, language } = parse(de);
    expect(diagnostics).toEqual([]);
    expect(language).toBe('de');
    expect(facts).toMatchObject({
      clusterName: 'CCR-CLUSTER',
      description: 'Exchange 2007 CCR-Cluster für München',
      defaultNetworkRole: 2,
      enableEventLogReplication: true,
      shutdownTimeout: 1200,
    });
    expect(facts).not.toHaveProperty('quorumArbitrationTimeMax');
  });

  it('takes the cluster name from the intro when no row names it', () => {
    const text = [
      "Listing properties for 'CCR-CLUSTER':",
      '',
      'T  Cluster              Name                           Value',
      '-- -------------------- ------------------------------ -----------------------',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({ facts: { clusterName: 'CCR-CLUSTER' }, diagnostics: [], language: 'en' });
  });

  it('stores a property named like an object prototype key as a plain property', () => {
    const text = [
      "Listing properties for 'X':",
      '',
      'T  Cluster              Name                           Value',
      '-- -------------------- ------------------------------ -----------------------',
      'S  X                    __proto__                      polluted',
      '',
    ].join('\r\n');
    const { facts } = parse(text);
    expect(Object.getOwnPropertyDescriptor(facts.properties, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a cluster name longer than its column', () => {
    const text = [
      "Listing properties for 'EXCHANGE-CCR-CLUSTER-01':",
      '',
      'T  Cluster              Name                           Value',
      '-- -------------------- ------------------------------ -----------------------',
      'D  EXCHANGE-CCR-CLUSTER-01 QuorumArbitrationTimeMax       60 (0x3c)',
      '',
    ].join('\r\n');
    expect(parse(text).facts).toEqual({
      clusterName: 'EXCHANGE-CCR-CLUSTER-01',
      properties: { QuorumArbitrationTimeMax: 60 },
      quorumArbitrationTimeMax: 60,
    });
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterProp, file: FILE, fixtures: { en, de }, noFacts: {} });
});
