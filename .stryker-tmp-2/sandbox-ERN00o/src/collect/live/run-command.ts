// @ts-nocheck
import { execFile } from 'child_process';

/** One program to start: cmd.exe with a command line, or powershell.exe with a script. */
export interface CommandSpec {
  program: string;
  args: string[];
  /** Pass the arguments as written (cmd.exe's `/s /c "…"`), not quoted the way C programs parse them. */
  verbatim: boolean;
  env: Record<string, string | undefined>;
  timeoutMs: number;
}

export interface CommandResult {
  /** The raw bytes the command wrote, exactly as a redirection to a file would have kept them. */
  stdout: Uint8Array;
  /** The exit code; null when the command was stopped or could not be started. */
  exitCode: number | null;
  timedOut: boolean;
  /** Why the command could not be started (`spawn powershell.exe ENOENT`). */
  startError?: string;
}

/** Runs one command. Injected into live collection so that its logic is tested with recorded output. */
export type CommandRunner = (spec: CommandSpec) => Promise<CommandResult>;

const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Runs the command as a child process, without a window, and never rejects. */
export const childProcessRunner: CommandRunner = (spec) =>
  new Promise((resolve) => {
    execFile(
      spec.program,
      spec.args,
      {
        encoding: 'buffer',
        env: spec.env,
        timeout: spec.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        windowsVerbatimArguments: spec.verbatim,
      },
      (error, stdout) => {
        const bytes = new Uint8Array(stdout ?? Buffer.alloc(0));
        if (!error) return resolve({ stdout: bytes, exitCode: 0, timedOut: false });
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
        if (typeof failure.code === 'string' && failure.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return resolve({ stdout: bytes, exitCode: null, timedOut: false, startError: failure.message });
        }
        const timedOut = failure.killed === true;
        resolve({ stdout: bytes, exitCode: typeof failure.code === 'number' ? failure.code : null, timedOut });
      },
    );
  });

/**
 * cmd.exe running one command line exactly as collect.cmd runs it, its errors in its output as `2>&1` puts
 * them in the file: `/d` skips AutoRun, `/s /c "…"` takes the line between the outer quotes as it is.
 */
export function cmdCommand(commandLine: string, env: CommandSpec['env'], timeoutMs: number): CommandSpec {
  const program = env.ComSpec ?? 'cmd.exe';
  return { program, args: ['/d', '/s', '/c', `"${commandLine} 2>&1"`], verbatim: true, env, timeoutMs };
}
