import { z } from "zod";
import { blankAsAbsent, queryNumber, unknownFields } from "./common";

const WEEKS_ERROR = "The number of weeks must be a whole number from 4 to 52.";

export const dashboardQuery = z.strictObject(
  {
    /** How many weeks the weekly series cover, this week included. */
    weeks: blankAsAbsent(
      queryNumber(WEEKS_ERROR).pipe(z.number().int({ error: WEEKS_ERROR }).min(4, { error: "Show at least 4 weeks." }).max(52, { error: "Show at most 52 weeks." })),
    ).transform((weeks) => weeks ?? 12),
  },
  unknownFields,
);

export type DashboardQuery = z.infer<typeof dashboardQuery>;
