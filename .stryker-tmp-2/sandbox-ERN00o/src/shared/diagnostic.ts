/** Something a collector or loader noticed about its input: always names the file, and the line where known. */
// @ts-nocheck

export interface Diagnostic {
  /** Path of the file relative to the bundle root, e.g. `EX2007-NODE1/systeminfo.txt`, or just the file name inside a parser. */
  file: string;
  /** 1-based line number in the decoded text, when the problem has one. */
  line?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export function diagnostic(file: string, severity: Diagnostic['severity'], message: string, line?: number): Diagnostic {
  return line === undefined ? { file, severity, message } : { file, line, severity, message };
}
