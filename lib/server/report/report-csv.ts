import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, reportRows } from "@/lib/domain/report/report-rows";
import type { Report } from "@/lib/domain/report/report-types";

// RFC 4180: CRLF line ends, quotes doubled, every field that needs it quoted. Cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first; OWASP's CSV injection advice) get a leading quote.
const CSV_OPTIONS = { columns: [...CSV_COLUMNS], record_delimiter: "\r\n", escape_formulas: true };

export const csvRows = (report: Report, header: boolean) => stringify(reportRows(report), { ...CSV_OPTIONS, header });

export const csvHeader = () => stringify([], { ...CSV_OPTIONS, header: true });

/** Starts a CSV so spreadsheet programs read it as UTF-8. */
export const BOM = "\uFEFF";
