export interface Progress {
  start(total: number, label: string): void;
  tick(label?: string): void;
  stop(): void;
}

const silent: Progress = { start() {}, tick() {}, stop() {} };

/** Whether `progress` shows nothing (no terminal, or `--no-progress`). */
export function isSilent(progress: Progress): boolean {
  return progress === silent;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, files). */
export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return silent;
  // cli-progress (22 modules) only for a bar on a terminal.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    { stream: process.stderr, format: ' {bar} {value}/{total} {label}', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let value = 0;
  return {
    start(total, label) {
      value = 0;
      bar.start(total, 0, { label });
    },
    tick(label) {
      value += 1;
      bar.update(value, label === undefined ? {} : { label });
    },
    stop() {
      bar.stop();
    },
  };
}
