/**
 * Throughput of the date-of-birth detector on ~10 MB of mixed text: lorem-like prose with
 * sparse dates (some after a birth keyword), timestamps, phone numbers and amounts. Not a
 * test; run by hand:
 *   npx tsx packages/core/src/detectors/date-of-birth/throughput.bench.ts
 */
import { dateOfBirthDetector } from './index.js';

const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor le la de client'.split(
    ' ',
  );
const NOISE = [
  () => `${pad(day())}/${pad(month())}/19${pad(Math.floor(random() * 100))}`,
  () => `20${pad(Math.floor(random() * 25))}-${pad(month())}-${pad(day())}T10:22:01Z`,
  () => `né le ${day()} juillet 19${pad(Math.floor(random() * 100))}`,
  () => `DOB ${pad(month())}/${pad(day())}/19${pad(Math.floor(random() * 100))}`,
  () => `facture du ${pad(day())}.${pad(month())}.2023`,
  () => String(1_700_000_000 + Math.floor(random() * 1e6)),
  () => `06 ${pad(day())} ${pad(day())} ${pad(day())} ${pad(day())}`,
  () => `${Math.floor(random() * 9999)},${pad(day())} €`,
];
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function day(): number {
  return 1 + Math.floor(random() * 28);
}
function month(): number {
  return 1 + Math.floor(random() * 12);
}

const lines: string[] = [];
let size = 0;
while (size < 10 * 1024 * 1024) {
  let line = '';
  for (let w = 0; w < 14; w++) {
    line += `${WORDS[Math.floor(random() * WORDS.length)]} `;
    if (random() < 0.03) line += `${NOISE[Math.floor(random() * NOISE.length)]?.()} `;
  }
  lines.push(line);
  size += line.length + 1;
}
const segments: string[] = [];
for (let i = 0; i < lines.length; i += 700) segments.push(lines.slice(i, i + 700).join('\n'));
const bytes = segments.reduce((n, s) => n + Buffer.byteLength(s), 0);
const options = { regions: ['FR', 'GB', 'US'] };
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let found = 0;
  for (const text of segments) {
    const segment = { text, syntax: 'prose' as const, location: { path: 'bench.txt' } };
    found += dateOfBirthDetector.detect(segment, options).length;
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
