interface BarListProps {
  label: string;
  items: { key: string; label: string; value: number; color?: string }[];
  /** The number as the reader's language writes it ("23,033", "23.033"). */
  formatValue?: (value: number) => string;
}

/** Horizontal bars with their labels and numbers: a chart that reads as a list for screen readers too. */
export function BarList({ label, items, formatValue = String }: BarListProps) {
  const most = Math.max(1, ...items.map((item) => item.value));
  return (
    <figure>
      <figcaption className="sr-only">{label}</figcaption>
      <ul className="space-y-1 text-xs">
        {items.map((item) => (
          <li key={item.key} className="flex items-center gap-2">
            {/* The whole label, wrapped: "Misleading / missing context" was cut to "Misleading / missing con…". */}
            <span className="w-40 shrink-0 [overflow-wrap:anywhere]">{item.label}</span>
            <span className="h-3 rounded" style={{ width: `${(item.value / most) * 60}%`, backgroundColor: item.color ?? "#64748b" }} aria-hidden />
            <span className="tabular-nums">{formatValue(item.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
