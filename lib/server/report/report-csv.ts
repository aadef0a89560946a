import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, reportRows } from "@/lib/domain/report/report-rows";
import type { Report } from "@/lib/domain/report/report-types";

// RFC 4180: CRLF line ends, quotes doubled, every field that needs it quoted. Cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first; OWASP's CSV injection advice) get a leading quote.
// A field with a lone LF or CR is quoted too: csv-stringify quotes only fields holding the whole record
// delimiter (CRLF), so a two-line wording or rationale split its row and began the next one with an
// unescaped "=1+1" (hostile probe of stop 38).
const CSV_OPTIONS = { columns: [...CSV_COLUMNS], record_delimiter: "\r\n", escape_formulas: true, quoted_match: /[\r\n]/ };

export const csvRows = (report: Report, header: boolean) => stringify(reportRows(report), { ...CSV_OPTIONS, header });

export const csvHeader = () => stringify([], { ...CSV_OPTIONS, header: true });

/** Starts a CSV so spreadsheet programs read it as UTF-8. */
export const BOM = "\uFEFF";
