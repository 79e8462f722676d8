import type { ScanProgress, ScanStats } from '@piiscout/core';

/**
 * A progress line on stderr (files, bytes, findings, rate, ETA) for scans longer than a second,
 * only on a terminal: nothing in CI, with machine-readable output, or when stderr is piped.
 */
export function progressReporter(
  humanOutput: boolean,
): ((progress: ScanProgress) => void) | undefined {
  if (!humanOutput || !process.stderr.isTTY || process.env.CI) return undefined;
  let last = 0;
  return (p) => {
    if (p.elapsedMs < 1000 || p.elapsedMs - last < 100) return;
    last = p.elapsedMs;
    const rate = p.bytes / (p.elapsedMs / 1000);
    const eta = rate > 0 ? Math.max(0, (p.totalBytes - p.bytes) / rate) : 0;
    const line = `${p.files}/${p.totalFiles} files · ${mib(p.bytes)}/${mib(p.totalBytes)} MiB · ${p.findings} findings · ${mib(rate)} MiB/s · ETA ${Math.ceil(eta)} s`;
    process.stderr.write(`\r\u001b[2K${line}`);
    if (p.files >= p.totalFiles) process.stderr.write('\r\u001b[2K');
  };
}

/** `--profile`: where the time went, per detector and per format, on stderr. */
export function printProfile(stats: ScanStats): void {
  const profile = stats.profile;
  if (!profile) return;
  const lines = ['', 'Profile (milliseconds, summed over workers)'];
  const detectors = Object.entries(profile.detectors).sort((a, b) => b[1] - a[1]);
  const total = detectors.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  for (const [id, ms] of detectors)
    lines.push(
      `  detector ${id.padEnd(16)} ${ms.toFixed(0).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`,
    );
  for (const [id, f] of Object.entries(profile.formats).sort((a, b) => b[1].ms - a[1].ms)) {
    const rate = f.ms > 0 ? f.bytes / 1024 / 1024 / (f.ms / 1000) : 0;
    lines.push(
      `  format   ${id.padEnd(16)} ${f.ms.toFixed(0).padStart(8)} ms  ${f.files} files, ${mib(f.bytes)} MiB, ${rate.toFixed(1)} MiB/s read+parse`,
    );
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
