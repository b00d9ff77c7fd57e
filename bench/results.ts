/** One figure of the benchmark, beside its target. */
export interface Figure {
  section: string;
  name: string;
  /** null: not measured here ("not available"), with the reason in `note`. */
  value: number | null;
  unit: 'ms' | 'µs' | 'KB' | 'MB' | 'count' | 'MB/1000' | 'x';
  /** The target this figure is held to, if it has one: `value` must be at most `max`. */
  target?: { max: number; text: string };
  note?: string;
}

export function passes(figure: Figure): boolean | null {
  if (figure.value === null || figure.target === undefined) return null;
  return figure.value <= figure.target.max;
}

const format = (value: number | null, unit: Figure['unit']) => {
  if (value === null) return 'not available';
  const digits = unit === 'count' || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
};

/** The table `npm run bench` prints: each figure beside its target. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const pass = passes(f);
    return [
      f.section,
      f.name,
      format(f.value, f.unit),
      f.target?.text ?? '',
      pass === null ? '' : pass ? 'ok' : 'MISSED',
      f.note ?? '',
    ];
  });
  const header = ['section', 'measure', 'value', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
