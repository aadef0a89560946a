import { z } from "zod";
import { blankToUndefined, unknownFields } from "./common";

export const dashboardQuery = z.strictObject(
  {
    /** How many weeks the weekly series cover, this week included. */
    weeks: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: "The number of weeks must be a whole number from 4 to 52." }).int({ error: "The number of weeks must be a whole number from 4 to 52." }).min(4, { error: "Show at least 4 weeks." }).max(52, { error: "Show at most 52 weeks." }).default(12),
    ),
  },
  unknownFields,
);

export type DashboardQuery = z.infer<typeof dashboardQuery>;
