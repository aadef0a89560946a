import { z } from "zod";

export const notificationPreferencesInput = z
  .strictObject({
    mention: z.boolean(),
    assignment: z.boolean(),
    finalVerdict: z.boolean(),
    digest: z.boolean(),
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { error: "Choose at least one kind of notification to change." });
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

export const notificationPreferencesOutput = z.object({
  mailEnabled: z.boolean().describe("false when the server has no SMTP_URL: then no mail is sent, whatever is chosen."),
  mention: z.boolean(),
  assignment: z.boolean(),
  finalVerdict: z.boolean(),
  digest: z.boolean(),
});
