import { ChartTable } from "./column-chart";

const WIDTH = 640;
const HEIGHT = 180;
const PAD = 24;

/** A 0–100 series over periods as an SVG line with dots; periods without a value leave a gap. */
export function LineChart({ label, periods, values, seriesLabel }: { label: string; periods: string[]; values: (number | null)[]; seriesLabel: string }) {
  const x = (index: number) => PAD + (periods.length > 1 ? ((WIDTH - 2 * PAD) * index) / (periods.length - 1) : (WIDTH - 2 * PAD) / 2);
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
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={label}>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD} x2={WIDTH - PAD} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={2} y={y(tick) + 3} fontSize="10" fill="#475569">{tick}</text>
          </g>
        ))}
        {segments.map((segment) => (
          <path key={segment} d={segment} fill="none" stroke="#1d4ed8" strokeWidth="2" />
        ))}
        {values.map((value, index) =>
          value === null ? null : (
            <g key={periods[index]}>
              <circle cx={x(index)} cy={y(value)} r="3.5" fill="#1d4ed8" />
              <text x={x(index)} y={y(value) - 7} fontSize="10" textAnchor="middle" fill="#1e293b">{value}</text>
            </g>
          ),
        )}
        {periods.map((period, index) => (
          <text key={period} x={x(index)} y={HEIGHT - 6} fontSize="10" textAnchor="middle" fill="#475569">{period}</text>
        ))}
      </svg>
      <ChartTable label={label} periods={periods} series={[{ label: seriesLabel, color: "#1d4ed8", values }]} />
    </figure>
  );
}
