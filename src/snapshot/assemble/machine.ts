import type { SysteminfoFacts } from '../../../collectors/sources/systeminfo';
import type { Server } from '../schema';
import { osFamilyOf } from './os-family';
import { servicePackBasisOf } from './os-service-pack';

/** A problem with the OS facts that the report should show, against systeminfo.txt. */
export interface OsNote {
  line?: number;
  message: string;
}

/**
 * The OS as systeminfo.txt tells it, with its support class (`family`) and the bases of the derived parts;
 * absent without a name (nothing else can be trusted then). An OS name bpa cannot classify comes back as a
 * note for the diagnostics.
 */
export function osOf(info: SysteminfoFacts | undefined): { os?: Server['os']; note?: OsNote } {
  const os = info?.os;
  if (!os?.name) return {};
  const out: NonNullable<Server['os']> = { name: os.name };
  if (os.version !== undefined) out.version = os.version;
  if (os.build !== undefined) out.build = os.build;
  if (os.servicePack !== undefined) out.servicePack = os.servicePack;
  const spBasis = servicePackBasisOf(os);
  if (spBasis) out.servicePackBasis = spBasis;
  if (os.release !== undefined) out.release = os.release;
  if (os.edition !== undefined) out.edition = os.edition;
  if (os.architecture !== undefined) out.architecture = os.architecture;
  if (os.productType !== undefined) out.productType = os.productType;
  const family = osFamilyOf({ ...os, name: os.name });
  if (family.value) out.family = family.value;
  out.familyBasis = family.basis;
  if (family.nameRecognised) return { os: out };
  const outcome = family.value
    ? `classified as ${family.value} by its version and product type`
    : 'the OS support class is unknown, so OS-001 is not evaluated';
  const note: OsNote = { message: `OS name "${os.name}" is not one bpa can classify; ${outcome}` };
  if (os.nameLine !== undefined) note.line = os.nameLine;
  return { os: out, note };
}

/** Hypervisors by what their virtual hardware reports as manufacturer and model. */
const HYPERVISORS: { name: string; test: RegExp }[] = [
  { name: 'VMware', test: /vmware/i },
  { name: 'Hyper-V or Virtual Server', test: /microsoft corporation.*virtual machine|virtual machine.*microsoft/i },
  { name: 'Xen', test: /\bxen\b|hvm domu/i },
  { name: 'VirtualBox', test: /virtualbox|innotek/i },
  { name: 'KVM/QEMU', test: /\bqemu\b|\bkvm\b|bochs/i },
  { name: 'Parallels', test: /parallels/i },
];

/** Manufacturer and model, and whether they are a virtual machine's. Absent when systeminfo gave neither. */
export function hardwareOf(info: SysteminfoFacts | undefined): Server['hardware'] {
  if (!info || (info.manufacturer === undefined && info.model === undefined)) return undefined;
  const text = `${info.manufacturer ?? ''} ${info.model ?? ''}`;
  const hypervisor = microsoftHypervisor(HYPERVISORS.find((h) => h.test.test(text))?.name, info.os?.architecture);
  const hardware: NonNullable<Server['hardware']> = { virtualMachine: hypervisor !== undefined };
  if (info.manufacturer !== undefined) hardware.manufacturer = info.manufacturer;
  if (info.model !== undefined) hardware.model = info.model;
  if (hypervisor) {
    hardware.hypervisor = hypervisor;
    hardware.hypervisorHighAvailabilityBasis = {
      en: "not collected: from inside the guest bpa cannot see whether the hypervisor's own high availability or migration (VMware HA or VMotion, Hyper-V host clustering or Quick Migration) covers this virtual machine",
      de: 'nicht erfasst: Aus dem Gast heraus sieht bpa nicht, ob Hochverfügbarkeit oder Migration des Hypervisors (VMware HA oder VMotion, Hyper-V-Hostclustering oder Schnellmigration) diese virtuelle Maschine abdecken',
    };
  }
  return hardware;
}

/**
 * Hyper-V and Virtual Server 2005 both present their guests as `Microsoft Corporation` `Virtual Machine`.
 * Virtual Server 2005 (R2 SP1 included) runs 32-bit guests only, so a 64-bit guest is Hyper-V's; a 32-bit
 * or unknown one stays ambiguous.
 */
function microsoftHypervisor(name: string | undefined, architecture: string | undefined): string | undefined {
  return name === 'Hyper-V or Virtual Server' && architecture === 'x64' ? 'Hyper-V' : name;
}
