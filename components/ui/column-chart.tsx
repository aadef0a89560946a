import { CHART_WIDTHS, chartFontSize, fitsText, isNamedPeriod, labelStep, labelX } from "./chart-text";

const HEIGHT = 180;
const BOTTOM = 22;

export interface ColumnSeries {
  label: string;
  color: string;
  values: (number | null)[];
}

/**
 * Columns per period (one per series side by side), drawn as SVG on the server. The numbers are
 * also in a visually hidden table, so the chart is not a picture-only answer.
 */
/** Values as the chart writes them; a duration chart passes the same formatter as its cards, so both say "2.9 min". */
export type FormatValue = (value: number) => string;

const plain = (unit: string): FormatValue => (value) => `${Math.round(value)}${unit}`;

interface ColumnChartProps {
  label: string;
  periods: string[];
  series: ColumnSeries[];
  unit?: string;
  formatValue?: FormatValue;
  /** Said instead of drawing a row of empty columns when no period has a value above zero. */
  emptyNote?: string;
}

export function ColumnChart({ label, periods, series, unit = "", formatValue = plain(unit), emptyNote }: ColumnChartProps) {
  if (emptyNote && series.every((one) => one.values.every((value) => !value))) return <p className="text-sm text-slate-600">{emptyNote}</p>;
  return (
    <figure>
      {/* Drawn twice: scaled down to a phone, the wide drawing's 10-unit text was 5 px high. */}
      <ColumnSvg width={CHART_WIDTHS.narrow} className="sm:hidden" label={label} periods={periods} series={series} formatValue={formatValue} />
      <ColumnSvg width={CHART_WIDTHS.wide} className="hidden sm:block" label={label} periods={periods} series={series} formatValue={formatValue} />
      <figcaption className="mt-1 flex flex-wrap gap-3 text-xs text-slate-700">
        {series.map((one) => (
          <span key={one.label} className="flex items-center gap-1">
            <span className="inline-block h-2 w-3 rounded-sm" style={{ backgroundColor: one.color }} aria-hidden />
            {one.label}
          </span>
        ))}
      </figcaption>
      <ChartTable label={label} periods={periods} series={series} formatValue={formatValue} />
    </figure>
  );
}

function ColumnSvg({ width, className, label, periods, series, formatValue }: Required<Omit<ColumnChartProps, "unit" | "emptyNote">> & { width: number; className: string }) {
  const most = Math.max(1, ...series.flatMap((one) => one.values.map((value) => value ?? 0)));
  const slot = width / Math.max(1, periods.length);
  const bar = (slot * 0.7) / series.length;
  // Where the periods are too close for their names, every second (third …) is named.
  const font = chartFontSize(width);
  const step = labelStep(periods, slot, font);
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} className={`h-auto w-full ${className}`} role="img" aria-label={label}>
      <line x1="0" x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#cbd5e1" />
      {periods.map((period, p) => (
        <g key={period}>
          {series.map((one, s) => {
            const value = one.values[p] ?? 0;
            // At least a sliver for any value above 0: 1 beside 30,000 would otherwise not be drawn at all.
            const height = value > 0 ? Math.max(2, ((HEIGHT - BOTTOM - 14) * value) / most) : 0;
            const x = p * slot + slot * 0.15 + s * bar;
            const text = formatValue(value);
            return (
              <g key={one.label}>
                <rect x={x} y={HEIGHT - BOTTOM - height} width={bar - 1} height={height} fill={one.color} />
                {/* A value wider than its column would run into the next one; the table below has every value. A single
                    series' value may take the neighbours' room where they have none ("2,5 Min." over the current week). */}
                {value > 0 && fitsText(text, series.length === 1 && !one.values[p - 1] && !one.values[p + 1] ? slot * 2.5 : bar + slot * 0.3 / series.length, font) && (
                  <text x={labelX(text, x + bar / 2, width, font)} y={HEIGHT - BOTTOM - height - 3} fontSize={font} textAnchor="middle" fill="#334155">
                    {text}
                  </text>
                )}
              </g>
            );
          })}
          {isNamedPeriod(p, periods.length, step) && (
            <text x={labelX(period, p * slot + slot / 2, width, font)} y={HEIGHT - 6} fontSize={font} textAnchor="middle" fill="#475569">
              {period}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** The chart's numbers for screen readers. */
export function ChartTable({ label, periods, series, formatValue = plain("") }: { label: string; periods: string[]; series: ColumnSeries[]; formatValue?: FormatValue }) {
  return (
    // A table keeps its content's width whatever width it is given, so `sr-only` on the table itself
    // still widened the page; the wrapper is what gets clipped to one pixel.
    <div className="sr-only">
      <table>
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            {series.map((one) => (
              <th key={one.label} scope="col">{one.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period, p) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {series.map((one) => (
                <td key={one.label}>{one.values[p] === null ? "–" : formatValue(one.values[p]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
