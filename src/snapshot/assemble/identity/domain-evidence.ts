/**
 * What a machine's folder says about domains: the pair of names `net config workstation` gives, the DNS name of
 * the machine's domain from systeminfo, and the domain each `net user /domain` asked. A name with a dot is a DNS
 * name; without one, a NetBIOS name (NT 4 domains and workgroups have no other).
 */
import type { NetConfigWorkstationFacts } from '../../../../collectors/sources/net-config-workstation';
import type { NetUserFacts } from '../../../../collectors/sources/net-user';
import type { SysteminfoFacts } from '../../../../collectors/sources/systeminfo';
import type { FolderFacts } from '../folder-facts';
import type { DomainEvidence, DomainNames } from './domain-directory';

export const NET_USER_FILES = /^net-user-.+\.txt$/;

/** A domain name as a source writes it: `mueller.local` is a DNS name, `MUELLER` a NetBIOS name. */
export function domainNamed(name: string): DomainNames {
  return name.includes('.') ? { dns: name.replace(/\.$/, '') } : { netbios: name };
}

export function domainEvidenceOf(folder: FolderFacts): DomainEvidence[] {
  const out: DomainEvidence[] = [];
  const config = folder.facts<NetConfigWorkstationFacts>('net-config-workstation.txt');
  if (config?.domainNetbiosName || config?.domainDnsName)
    out.push({
      ...(config.domainNetbiosName ? { netbios: config.domainNetbiosName } : {}),
      ...(config.domainDnsName ? { dns: config.domainDnsName } : {}),
      source: `${folder.name}/net-config-workstation.txt`,
    });
  const domain = folder.facts<SysteminfoFacts>('systeminfo.txt')?.domain;
  if (domain?.includes('.')) out.push({ dns: domain, source: `${folder.name}/systeminfo.txt` });
  for (const { file, facts } of folder.all<NetUserFacts>(NET_USER_FILES)) {
    if (facts.domain) out.push({ ...domainNamed(facts.domain), source: `${folder.name}/${file}` });
  }
  return out;
}
