import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/** A table that scrolls sideways on narrow screens instead of breaking the layout. */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    // `relative`: visually hidden (absolutely positioned) text in a cell is clipped by this box instead
    // of widening the whole page from where the cell would be.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column shown from the md breakpoint on; on a phone its content is repeated inside another cell. */
export const WIDE_ONLY = "hidden md:table-cell";

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("px-3 py-3 text-left font-semibold text-slate-700 sm:px-4", className)} {...props} />;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-3 align-top text-slate-800 sm:px-4", className)} {...props} />;
}

/** The header row of a table, from its column labels (a label may be visually hidden). */
export function TableHead({ columns }: { columns: Array<{ label: string; className?: string; hidden?: boolean }> }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        {columns.map((column) => (
          <Th key={column.label} className={column.className}>
            {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
          </Th>
        ))}
      </tr>
    </thead>
  );
}
