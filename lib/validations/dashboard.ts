import { z } from "zod";
import { blankToUndefined, unknownFields } from "./common";

export const dashboardQuery = z.strictObject(
  {
    /** How many weeks the weekly series cover, this week included. */
    weeks: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: "weeks must be a whole number from 4 to 52." }).int({ error: "weeks must be a whole number from 4 to 52." }).min(4, { error: "weeks must be at least 4." }).max(52, { error: "weeks can be at most 52." }).default(12),
    ),
  },
  unknownFields,
);

export type DashboardQuery = z.infer<typeof dashboardQuery>;
