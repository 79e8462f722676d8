/**
 * Throughput of the phone detector on ~10 MB of mixed text: lorem-like prose with sparse
 * phone numbers, dates, timestamps, ids and amounts. Not a test; run by hand:
 *   npx tsx packages/core/src/detectors/phone/throughput.bench.ts
 */
import { phoneDetector } from './index.js';

const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor le la de rendez-vous facture commande client'.split(
    ' ',
  );
const NOISE = [
  () => '2024-03-15',
  () => '15/03/2024',
  () => '2024-03-15T10:22:01Z',
  () => String(1_700_000_000 + Math.floor(random() * 1e6)),
  () => `v${Math.floor(random() * 10)}.${Math.floor(random() * 20)}.${Math.floor(random() * 99)}`,
  () => `#${Math.floor(random() * 1e8)}`,
  () => `${Math.floor(random() * 9999)},${Math.floor(random() * 99)} €`,
  () => `192.168.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}`,
  () => `tél. 06 ${pair()} ${pair()} ${pair()} ${pair()}`,
  () => `call +44 20 3${pair()}${Math.floor(random() * 10)} ${pair()}${pair()}`,
  () => `(415) 2${pair()}-${pair()}${pair()}`,
];
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pair(): string {
  return String(Math.floor(random() * 100)).padStart(2, '0');
}

function corpus(bytes: number): string[] {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    let line = '';
    for (let w = 0; w < 14; w++) {
      line += `${WORDS[Math.floor(random() * WORDS.length)]} `;
      if (random() < 0.03) line += `${NOISE[Math.floor(random() * NOISE.length)]?.()} `;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}

// Segments of ~64 KB, as a streaming reader would cut them.
const lines = corpus(10 * 1024 * 1024);
const segments: string[] = [];
for (let i = 0; i < lines.length; i += 700) segments.push(lines.slice(i, i + 700).join('\n'));
const bytes = segments.reduce((n, s) => n + Buffer.byteLength(s), 0);
const options = { regions: ['FR', 'GB', 'US'] };
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let found = 0;
  for (const text of segments) {
    found += phoneDetector.detect(
      { text, syntax: 'prose', location: { path: 'bench.txt' } },
      options,
    ).length;
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time is steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = bytes / 1048576;
  console.log(
    `round ${round + 1}: ${(megabytes / seconds).toFixed(1)} MB/s wall, ${(megabytes / cpuSeconds).toFixed(1)} MB/s CPU, ${found} candidates, ${(bytes / 1048576).toFixed(1)} MB`,
  );
}
