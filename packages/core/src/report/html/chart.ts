import { escapeHtml } from './escape.js';
import { formatCount } from './format.js';

export interface BarSegment {
  value: number;
  fill: string;
  /** Names the segment in its tooltip, e.g. `Undocumented`. */
  name: string;
}

export interface Bar {
  label: string;
  /** Stacked parts of the bar; their values add up to `value`. */
  segments: BarSegment[];
  value: number;
  /** Text after the count, e.g. `✗ Undocumented`: status never rests on colour alone. */
  note?: string;
  noteInk?: string;
}

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
}

const WIDTH = 820;
const LABEL_WIDTH = 320;
const NOTE_WIDTH = 180;
const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const TOP = 8;
/**
 * Characters that fit in the label column at 13px. Longer labels lose their start, since the end
 * (sheet, table, column) is the most specific part; the full text is in a tooltip.
 */
const LABEL_CHARS = 42;

/**
 * A horizontal bar chart as inline SVG, drawn here rather than in the browser so that the file
 * needs no script or library to show it, and prints as it looks. Counts are printed beside each
 * bar (a screen reader reads them as text), and the page's tables repeat them.
 */
export function barChart(options: BarChartOptions): string {
  const { bars } = options;
  const height = TOP * 2 + Math.max(1, bars.length) * ROW_HEIGHT;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = WIDTH - LABEL_WIDTH - NOTE_WIDTH - 16;
  const rows = bars.map((bar, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const label =
      bar.label.length > LABEL_CHARS
        ? `…${bar.label.slice(bar.label.length - LABEL_CHARS + 1)}`
        : bar.label;
    let x = LABEL_WIDTH;
    const rects = bar.segments
      .filter((segment) => segment.value > 0)
      .map((segment) => {
        // A bar of one value among thousands still shows as a sliver.
        const width = Math.max(2, (segment.value / max) * span);
        const rect = `<rect class="bar" x="${x.toFixed(1)}" y="${y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${segment.fill}"><title>${escapeHtml(`${bar.label}: ${formatCount(segment.value)} ${segment.name}`)}</title></rect>`;
        x += width;
        return rect;
      })
      .join('');
    const textY = y + ROW_HEIGHT / 2 + 4.5;
    const note = bar.note
      ? ` <tspan class="chart-note" fill="${bar.noteInk ?? '#333'}">${escapeHtml(bar.note)}</tspan>`
      : '';
    return (
      `<g class="chart-row">` +
      `<text class="chart-label" x="${LABEL_WIDTH - 8}" y="${textY}" text-anchor="end"><title>${escapeHtml(bar.label)}</title>${escapeHtml(label)}</text>` +
      rects +
      `<text class="chart-value" x="${(x + 6).toFixed(1)}" y="${textY}">${escapeHtml(formatCount(bar.value))}${note}</text>` +
      `</g>`
    );
  });
  if (bars.length === 0) {
    rows.push(
      `<text class="chart-label" x="${LABEL_WIDTH}" y="${TOP + 18}">Nothing to show</text>`,
    );
  }
  return (
    `<svg class="chart" id="${options.id}" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" ` +
    `viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">` +
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${options.id}-desc">${escapeHtml(options.description)}</desc>` +
    `<line class="chart-axis" x1="${LABEL_WIDTH}" y1="${TOP - 2}" x2="${LABEL_WIDTH}" y2="${height - TOP + 2}"/>` +
    rows.join('') +
    `</svg>`
  );
}
