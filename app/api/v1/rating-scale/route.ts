import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { getRatingScale } from "@/lib/server/rating-scale/get-rating-scale";
import { updateRatingScale } from "@/lib/server/rating-scale/update-rating-scale";
import { updateRatingScaleInput } from "@/lib/validations/rating-scale";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await getRatingScale({ actor }) }));

/** A new version of the scale, from a preset or from levels; older verdicts keep their version. */
export const PUT = apiRoute("scale.manage", async ({ req, actor }) => {
  const input = updateRatingScaleInput.parse(await readJsonBody(req));
  return json({ data: await updateRatingScale({ actor, input }) });
});
