import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../helpers/make-doc.js";

const metOf = (text: string) => (makeDoc(text, "relations").relations ?? []).filter((r) => r.predicate === "met");

describe("relations/meetings", () => {
  it("meetings: X met with Y in PLACE on DAY carries place and date", () => {
    const [r] = metOf("Putin met with Greek Prime Minister Kyriakos Mitsotakis in Sochi on Wednesday.");
    expect(r).toMatchObject({ subject: "vladimir-putin", object: "kyriakos-mitsotakis", place: "sochi", date: "2021-12-08" });
  });

  it("meetings: the X-Y summit is a meeting of X and Y", () => {
    const [r] = metOf("Coming the day after the Biden-Putin virtual summit, markets rose.");
    expect(r).toMatchObject({ subject: "joe-biden", object: "vladimir-putin" });
  });

  it("meetings: 'the day after the X-Y summit' dates the summit from the sentence's own day", () => {
    // published Wednesday 2021-12-08 (make-doc): Monday is 2021-12-06
    const [after] = metOf("A day after the Macron-Scholz summit, Macron spoke to reporters on Monday.");
    expect(after).toMatchObject({ subject: "emmanuel-macron", object: "olaf-scholz", date: "2021-12-05" });
    const [before] = metOf("The day before the Macron-Scholz talks, on Monday, aides met in private.");
    expect(before?.date).toBe("2021-12-07");
    // without a day of its own the sentence says nothing of when the summit was
    const [undated] = metOf("Coming the day after the Biden-Putin virtual summit, markets rose.");
    expect(undated?.date).toBeNull();
  });

  it("meetings: X's talks with Y dates the talks by their possessive day", () => {
    const [r] = metOf("Putin commented on his prior day's talks with President Biden.");
    expect(r).toMatchObject({ subject: "vladimir-putin", object: "joe-biden", date: "2021-12-07" });
  });

  it.each([
    ["negated", "Vladimir Putin has never met Emmanuel Macron."],
    ["negated with do", "Joe Biden did not meet with Vladimir Putin on Tuesday."],
    ["no plans", "The Kremlin said Vladimir Putin has no plans to meet Joe Biden."],
    ["future", "Joe Biden will meet Vladimir Putin in Geneva next month."],
    ["scheduled", "Emmanuel Macron is scheduled to meet with Olaf Scholz on Friday."],
    ["agreed to", "Vladimir Putin agreed to meet Joe Biden again."],
    ["a conditional", "If Joe Biden had met Vladimir Putin earlier, the crisis might have ended."],
  ])("meetings: a meeting that did not happen (%s) is not a met relation", (_case, text) => {
    expect(metOf(text)).toEqual([]);
  });

  it.each([
    ["a share of votes, not a visit", "Joe Biden received 38 percent, while Vladimir Putin received 30 percent."],
    ["a name after a comma that is not the object's", "Joe Biden received 37 percent, Vladimir Putin had 36 percent."],
    ["someone later in the sentence", "Olaf Scholz spoke with voters outside the station before heading inside with Emmanuel Macron."],
    ["someone a phrase is about", "Joe Biden met with an expert on Vladimir Putin."],
    ["someone's place", "Emmanuel Macron visited Angela Merkel's office in Berlin."],
    ["someone's possessions", "Hillary Clinton received her first security briefing on Saturday."],
  ])("meetings: the other side is who was met, not %s", (_case, text) => {
    expect(metOf(text)).toEqual([]);
  });

  it("meetings: words between the verb and 'with' do not hide who was met", () => {
    const [r] = metOf("Antony Blinken met for two hours with Sergei Lavrov on Sunday.");
    expect(r).toMatchObject({ subject: "antony-blinken", object: "sergei-lavrov", date: "2021-12-05" });
  });

  it("meetings: the subject is found across an appositive or a relative clause, not taken from another clause", () => {
    expect(metOf("Olaf Scholz, the German chancellor, met Emmanuel Macron in Paris.")[0]).toMatchObject({ subject: "olaf-scholz", object: "emmanuel-macron" });
    expect(metOf("Bob Corker, a senator who has met privately with Donald Trump, spoke on Monday.")[0]).toMatchObject({
      subject: "bob-corker",
      object: "donald-trump",
    });
    expect(metOf("Sen. Ted Cruz (R-Texas) met with Sen. Marco Rubio (R-Fla.) on Monday.")[0]).toMatchObject({ subject: "ted-cruz", object: "marco-rubio" });
    expect(metOf("Hillary Clinton debated Barack Obama four times in 2008, and met Bernie Sanders twice.")).toMatchObject([
      { subject: "hillary-clinton", object: "bernie-sanders" },
    ]);
  });

  it("meetings: a gerund's or a noun's side is found through its clause or its possessor", () => {
    expect(metOf("Barack Obama said after meeting with Russian President Vladimir Putin that talks would go on.")[0]).toMatchObject({
      subject: "barack-obama",
      object: "vladimir-putin",
    });
    expect(metOf("It was Barack Obama's first face-to-face encounter with Paul Ryan.")[0]).toMatchObject({ subject: "barack-obama", object: "paul-ryan" });
    expect(metOf("We asked readers about Donald Trump meeting with Mexican President Enrique Pena Nieto.")[0]).toMatchObject({ subject: "donald-trump" });
    expect(metOf("Bernie Sanders is conceding the race in Nevada in a phone call with Hillary Clinton.")[0]).toMatchObject({
      subject: "bernie-sanders",
      object: "hillary-clinton",
    });
    expect(metOf("The protest grew during talks with Vladimir Putin.")).toEqual([]);
    expect(metOf("Tom Clarke met his wife, Ana Ruiz, in Caracas.")[0]).toMatchObject({ subject: "tom-clarke", object: "ana-ruiz" });
    expect(metOf("Angela Merkel was in Paris on Monday. Emmanuel Macron met her at the Elysee.")[0]).toMatchObject({
      subject: "emmanuel-macron",
      object: "angela-merkel",
    });
  });
});
