import { CHART_WIDTHS, chartFontSize, isNamedPeriod, labelStep, labelX } from "./chart-text";
import { ChartTable } from "./column-chart";

const HEIGHT = 180;
const PAD = 24;

interface LineChartProps {
  label: string;
  periods: string[];
  values: (number | null)[];
  seriesLabel: string;
  /** Shown instead of the drawing when no period has a value (an empty frame says nothing). */
  emptyNote?: string;
}

/** A 0–100 series over periods as an SVG line with dots; periods without a value leave a gap. */
export function LineChart({ label, periods, values, seriesLabel, emptyNote }: LineChartProps) {
  if (emptyNote && values.every((value) => value === null)) return <p className="mt-2 text-sm text-slate-600">{emptyNote}</p>;
  return (
    <figure>
      {/* Drawn twice: scaled down to a phone, the wide drawing's 10-unit text was 5 px high. */}
      <LineSvg width={CHART_WIDTHS.narrow} className="sm:hidden" label={label} periods={periods} values={values} />
      <LineSvg width={CHART_WIDTHS.wide} className="hidden sm:block" label={label} periods={periods} values={values} />
      <ChartTable label={label} periods={periods} series={[{ label: seriesLabel, color: "#1d4ed8", values }]} />
    </figure>
  );
}

function LineSvg({ width, className, label, periods, values }: Omit<LineChartProps, "seriesLabel"> & { width: number; className: string }) {
  const x = (index: number) => PAD + (periods.length > 1 ? ((width - 2 * PAD) * index) / (periods.length - 1) : (width - 2 * PAD) / 2);
  const y = (value: number) => HEIGHT - PAD - ((HEIGHT - 2 * PAD) * value) / 100;
  const segments: string[] = [];
  let path = "";
  values.forEach((value, index) => {
    if (value === null) {
      if (path) segments.push(path);
      path = "";
      return;
    }
    path += `${path ? "L" : "M"}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
  });
  if (path) segments.push(path);
  // Where the points are too close for all names and values, every second (third …) is written.
  const font = chartFontSize(width);
  const step = labelStep(periods, periods.length > 1 ? (width - 2 * PAD) / (periods.length - 1) : width, font);
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} className={`h-auto w-full ${className}`} role="img" aria-label={label}>
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line x1={PAD} x2={width - PAD} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          <text x={2} y={y(tick) + 3} fontSize={font} fill="#475569">{tick}</text>
        </g>
      ))}
      {segments.map((segment) => (
        <path key={segment} d={segment} fill="none" stroke="#1d4ed8" strokeWidth="2" />
      ))}
      {values.map((value, index) =>
        value === null ? null : (
          <g key={periods[index]}>
            <circle cx={x(index)} cy={y(value)} r="3.5" fill="#1d4ed8" />
            {isNamedPeriod(index, periods.length, step) && <text x={x(index)} y={y(value) - 7} fontSize={font} textAnchor="middle" fill="#1e293b">{value}</text>}
          </g>
        ),
      )}
      {periods.map((period, index) =>
        isNamedPeriod(index, periods.length, step) ? <text key={period} x={labelX(period, x(index), width, font)} y={HEIGHT - 6} fontSize={font} textAnchor="middle" fill="#475569">{period}</text> : null,
      )}
    </svg>
  );
}
