import { describe, expect, it } from "vitest";
import { classifySentence } from "@/lib/domain/claims/extract";
import type { LinearModel } from "@/lib/domain/claims/model/linear-model";
import { shippedCheckworthinessModel } from "@/lib/domain/claims/model/shipped-models";
import { learnTeamModel, type Decision } from "@/lib/domain/claims/model/team-model";

// A team's decisions come from its own kind of articles (here: a local news desk). Replayed as
// decisions, half of them must improve how the engine labels the other half, not make it worse.

const subjects = ["The harbour authority", "The city council", "The water board", "The school district", "The fire brigade", "The county library", "The ferry company", "The hospital trust"];
const facts = ["closed the north pier", "approved the new ferry timetable", "cut the opening hours of the pool", "moved the market to the old square", "raised the parking fees", "sold the former post office", "hired two more inspectors", "stopped the night buses"];
const chatter = ["wishes everyone a happy holiday season", "thanks all volunteers for their help", "looks forward to seeing you at the fair", "invites readers to send in their photos", "hopes the weather stays fine", "wants to hear what you think", "reminds you to enjoy the summer", "says hello to all new neighbours"];
const sentences: Decision[] = [
  ...subjects.flatMap((subject) => facts.map((fact) => ({ sentence: `${subject} ${fact}.`, positive: true }))),
  ...subjects.flatMap((subject) => chatter.map((line) => ({ sentence: `${subject} ${line}.`, positive: false }))),
];
const replayed = sentences.filter((_, i) => i % 2 === 0);
const scored = sentences.filter((_, i) => i % 2 === 1);
const accuracy = (model: LinearModel | null) =>
  scored.filter((row) => classifySentence(row.sentence, { language: "en", model: model ?? undefined }).checkworthy === row.positive).length / scored.length;

describe("a team's check-worthiness model", () => {
  it("learns from the team's own kind of sentences: better on the ones it did not see than the shipped model", () => {
    const shipped = accuracy(null);
    const team = learnTeamModel(replayed, "en", "checkworthy")!;
    expect(accuracy(team)).toBeGreaterThan(shipped);
  });

  it("moves the threshold toward the team's own, the more so the more decisions it has", () => {
    const base = shippedCheckworthinessModel("en")!.threshold;
    const few = learnTeamModel(replayed.slice(0, 10), "en", "checkworthy")!.threshold;
    const many = learnTeamModel(replayed, "en", "checkworthy")!.threshold;
    expect(few).not.toBe(base);
    expect(Math.abs(many - base)).toBeGreaterThan(Math.abs(few - base));
    expect(learnTeamModel([], "en", "checkworthy")).toBeNull();
  });
});
