import type { PageFileSetting } from '../../../collectors/sources/reg-memory-management';
import type { Server } from '../schema';

type PageFile = NonNullable<Server['pageFile']>;

const describe = (f: PageFileSetting) =>
  f.systemManaged
    ? { en: `${f.path} system managed`, de: `${f.path} vom System verwaltet` }
    : { en: `${f.path} ${f.initialMb}–${f.maximumMb} MB`, de: `${f.path} ${f.initialMb}–${f.maximumMb} MB` };

/**
 * The page file against physical memory (SYS-003): the maxima of all page files added up (ExBPA reads the
 * maximum size), compared with physical memory plus 10 MB. A page file whose size the system manages has no
 * maximum to compare: `systemManaged` says so, and `tooSmall` stays unknown. Without the physical memory
 * (systeminfo.txt) `tooSmall` is unknown too, and the rule names the source.
 */
export function pageFileOf(files: readonly PageFileSetting[] | undefined, memoryMb: number | undefined): PageFile | undefined {
  if (!files) return undefined;
  const list = files.map((f) => ({ ...f }));
  const systemManaged = list.some((f) => f.systemManaged);
  const each = list.map(describe);
  const listed = {
    en: each.length > 0 ? each.map((d) => d.en).join(', ') : 'no paging file',
    de: each.length > 0 ? each.map((d) => d.de).join(', ') : 'keine Auslagerungsdatei',
  };
  if (systemManaged)
    return {
      files: list,
      systemManaged,
      tooSmallBasis: {
        en: `PagingFiles: ${listed.en}; a system managed size has no maximum to compare with physical memory`,
        de: `PagingFiles: ${listed.de}; eine vom System verwaltete Größe hat kein Maximum, das mit dem physischen Speicher verglichen werden kann`,
      },
    };
  const maximumMb = list.reduce((sum, f) => sum + (f.maximumMb ?? 0), 0);
  // Without the physical memory the comparison is unknown: no basis, so the reason names the sources
  // (systeminfo.txt), in words the reports translate.
  if (memoryMb === undefined) return { files: list, systemManaged, maximumMb };
  const requiredMb = memoryMb + 10;
  const tooSmall = maximumMb < requiredMb;
  return {
    files: list,
    systemManaged,
    maximumMb,
    requiredMb,
    tooSmall,
    tooSmallBasis: {
      en: `PagingFiles: ${listed.en}, together at most ${maximumMb} MB, ${tooSmall ? 'less than' : 'at least'} physical memory ${memoryMb} MB + 10 MB = ${requiredMb} MB`,
      de: `PagingFiles: ${listed.de}, zusammen höchstens ${maximumMb} MB, ${tooSmall ? 'weniger als' : 'mindestens'} physischer Speicher ${memoryMb} MB + 10 MB = ${requiredMb} MB`,
    },
  };
}
