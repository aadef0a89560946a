import { httpAddress } from "./common";
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/domain/notify/events";

export const webhookEvent = z.enum(WEBHOOK_EVENTS);

export const createWebhookInput = z.strictObject({
  url: httpAddress("Enter an https:// address.")
    .max(2_000)
    .refine((url) => !/^[a-z]+:\/\/[^/]*@/i.test(url), { error: "The address must not contain a user name or password." }),
  events: z.array(webhookEvent).min(1, { error: "Choose at least one event." }).max(WEBHOOK_EVENTS.length).transform((events) => [...new Set(events)]),
  format: z.enum(["json", "slack"]).default("json"),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

export const webhookOutput = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(webhookEvent),
  format: z.enum(["json", "slack"]),
  createdAt: z.iso.datetime(),
});

export const webhookDeliveryOutput = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  event: webhookEvent,
  status: z.enum(["pending", "retrying", "succeeded", "failed"]),
  attempt: z.int(),
  responseStatus: z.int().nullable(),
  durationMs: z.int().nullable(),
  responseBody: z.string().nullable().describe("The first 2,000 characters of the answer, or why there was none."),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
