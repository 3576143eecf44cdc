import InspectionDSL

/// The id of the Hertfordshire report among OMI2's sources: every item cites it.
private let hertfordshire = "hertfordshire-2010"

extension FrameworkCatalog {
  /// Offender Management Inspection 2 (OMI2), version 2009.2: ``omi2`` with the answer scales
  /// the Hertfordshire report prints.
  ///
  /// Everything not listed here is ``omi2`` (version 2009) unchanged: sources, structure,
  /// rules, headlines, every other question with its id, text and citation. The compiled
  /// document records ``omi2`` as its base and lists these changes in words (`inspect show
  /// OMI2`, `inspect diff OMI2@2009 OMI2`).
  ///
  /// **Why a new version.** Where the report prints a result over more than two categories for
  /// one check, version 2009 declared yes/no questions: one per category cut, or one that hid
  /// the categories. This version declares one question on the printed scale, and says on the
  /// scale which categories are above the line and on what authority. Scoring a case reads its
  /// answer's effect, so an unchanged cut scores as before; what changed is what inspectors
  /// record and what the booklet shows.
  ///
  /// **The scales** (each cites the finding that prints its categories):
  /// - `management-involvement` (effective / involved, not effective / no involvement
  ///   apparent): general criterion 1.2 (g) and (h) and 2.2 (i). A stated rule: the report
  ///   calls the other two categories "of insufficient quality", "not sufficiently rigorous",
  ///   "not effective".
  /// - `screening` (completed accurately / completed, inaccurate / not completed): 1.2 (a). A
  ///   stated rule: the printed 29% "included both" of the lower categories.
  /// - `timeliness` (taken promptly / taken, not promptly / not taken): 2.2 (h). An inferred
  ///   rule: the printed shares count prompt action only (breach 11 of 18, recall three of
  ///   five); "not taken" is implied for breach (18 − 11 − 4 = 3) and printed for recall.
  /// - `achievement` (fully / partially / not achieved): 3.1 Areas for improvement (a). An
  ///   inferred rule: partial achievement counts, because the report names "not achieved" (in
  ///   "a similar percentage" to the 36% before it: 100 − 14 − 49 = 37) as the shortfall.
  /// - `further-offence` (neither / cautioned / convicted): 3.1 Strengths (b). An inferred
  ///   rule: a caution counts against the outcome, as OMI's own measure of it did ("had not been
  ///   cautioned or convicted", West Mercia, November 2008, 3.1 (b)).
  /// - `callouts` (callouts known / known: no callout / not known): 3.2 (a). An inferred rule:
  ///   the report names the 18 of 27 cases where nothing was known as the shortfall.
  /// - `progress` (substantial / some / none): 3.3 (b). A stated rule: "48% of offenders had
  ///   made some or substantial progress".
  ///
  /// **The questions** (ids kept; each question keeps its relevance and themes):
  /// - 1.2.c, 1.2.w, 1.2.x, 2.2.y, 2.2.ab, 2.2.ag, 2.2.ah, 3.2.d and 3.3.c take the printed
  ///   scale. Their cut is unchanged, so their printed figures read as before.
  /// - 3.3.e and 3.3.f (second and third priority factors) take the `progress` scale of 3.3.c:
  ///   the report says only "made progress" for them (an assumption that the tool asked the
  ///   same way for each priority factor).
  /// - 3.1.i now records full, partial or no achievement; 3.1.j ("fully achieved", one cut of
  ///   the same check) is removed.
  /// - 3.1.e now records neither, caution or conviction; 3.1.f ("avoided a caution", a cut of
  ///   the same outcome) is removed. 3.1.e's cut changes: a caution is now below the line.
  /// - 1.2.w and 3.1.i now cite their whole finding, with its figures (32%; 14% and 49%), so
  ///   they count as printed figures, not findings in words.
  ///
  /// **Question count.** 202: version 2009's 204 less 3.1.f and 3.1.j (`inspect provenance
  /// OMI2`: 172 printed figures, 30 printed in words).
  ///
  /// **Kept questions (not merged) and why.** 1.2.a ("was a RoSH screening completed", 91%)
  /// is printed as a finding of its own under Strengths (a), with its timeliness (1.2.b); its
  /// "no" is 1.2.c's "not completed". Findings that print two checks side by side ("attitude
  /// and behaviour in 35% and 45%", "frequency and seriousness") are two checks, not one scale.
  ///
  /// **Crosswalk.** `OMI2@2009 → OMI2@2009.2` carries every question whose cut is unchanged
  /// (`Frameworks/Crosswalks/OMI2Revisions.swift`); ``omi2`` stays in the catalog so that
  /// samples and scores recorded under it can be read and rescored.
  public static let omi2Revised = Framework(
    "OMI2", version: "2009.2", title: "Offender Management Inspection 2", basedOn: omi2
  ) {
    Historical()
    Assumption(
      "Where the report prints a result over several categories for one check, the question "
        + "takes that scale; which categories are above the line is stated on each scale, with "
        + "its authority (a stated or an inferred rule).")
    Assumption(
      "The second and third priority factors (3.3.e, 3.3.f) are recorded on the same progress "
        + "scale as the factor most closely linked to offending (3.3.c); the report prints only "
        + "'made progress' for them.")

    AnswerScale("management-involvement", "Management involvement") {
      Option("effective", "Effective", .sufficient)
      Option("ineffective", "Involved, not effective", .insufficient)
      Option("none", "No involvement apparent", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 2.2, Areas for improvement (i)", basis: .statedRule,
      quote: "Management oversight of the quality of work with offenders who presented a high "
        + "RoSH and in child Safeguarding cases was too often of insufficient quality. In the "
        + "first category (RoSH) there was effective oversight in 50% of cases, ineffective "
        + "oversight in 23% and no involvement apparent in 27%",
      note: "The three categories are printed here and in 1.2 (g) and (h), where the middle one "
        + "is 'not sufficiently rigorous' and 'not effective'. Option codes and 'not applicable' "
        + "are ours.")
    AnswerScale("screening", "RoSH screening at the start of sentence") {
      Option("accurate", "Completed accurately", .sufficient)
      Option("inaccurate", "Completed, inaccurate", .insufficient)
      Option("not-completed", "Not completed", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 1.2, Areas for improvement (a)", basis: .statedRule,
      quote: "The RoSH screening was not accurately completed at the start of sentence in 29% of "
        + "cases in the inspection sample. This figure included both those cases where the RoSH "
        + "screening was either not completed (11) or where it was inaccurate (25)",
      note: "Option codes and 'not applicable' are ours.")
    AnswerScale("timeliness", "Action taken when it was required") {
      Option("prompt", "Taken promptly", .sufficient)
      Option("late", "Taken, not promptly", .insufficient)
      Option("not-taken", "Not taken", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
      basis: .inferredRule(
        reproduces: "the printed shares, which count prompt action only: breach action promptly "
          + "in 11 out of 18 relevant community orders (61%), recall promptly in three of five "
          + "cases"),
      quote: "breach action was undertaken promptly in 11 out of 18 relevant community orders "
        + "(61%); in four further cases, action was taken, but not promptly",
      note: "'Not taken' is printed for recall ('in two further cases had not been instigated') "
        + "and implied for breach (18 - 11 - 4 = 3). That late action is below the line is ours, "
        + "read from the printed shares.")
    AnswerScale("achievement", "Achievement of the sentence plan objectives") {
      Option("fully", "Fully achieved", .sufficient)
      Option("partially", "Partially achieved", .sufficient)
      Option("not", "Not achieved", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 3.1, Areas for improvement (a)",
      basis: .inferredRule(
        reproduces: "the report's shortfall: objectives not achieved 'in a similar percentage' to "
          + "the 36% printed before it (100 - 14 - 49 = 37)"),
      quote: "in a similar percentage of the sample, the sentence plan objectives had not been "
        + "achieved. (The objectives had been fully achieved in 14% and partially achieved in 49% "
        + "of the cases we inspected)",
      note: "The three categories are printed; counting partial achievement above the line is "
        + "ours, read from the report naming 'not achieved' as the area for improvement. Counting "
        + "full achievement only would bring criterion 3.1's mean of printed findings nearer its "
        + "printed 61%, but that score averages questions whose results were not printed.")
    AnswerScale("further-offence", "Further offending since sentence") {
      Option("neither", "Neither cautioned nor convicted", .sufficient)
      Option("cautioned", "Cautioned", .insufficient)
      Option("convicted", "Convicted", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 3.1, Strengths (b)",
      basis: .inferredRule(
        reproduces: "the two outcomes the report prints together: 2% of the sample (three) "
          + "cautioned and 24% (30) convicted, 26% below the line"),
      quote: "Since being sentenced, 2% of the sample (three) had been cautioned for, and 24% "
        + "(30) convicted of, an offence",
      note: "A caution counts against the outcome as in OMI's measure of it ('had not been "
        + "cautioned or convicted', West Mercia, November 2008, general criterion 3.1 (b)); the "
        + "report does not say whether a convicted offender was also cautioned, so an offender "
        + "is recorded under the more serious outcome (ours).")
    AnswerScale("callouts", "Police callouts in a domestic abuse case") {
      Option("known", "Known: callouts reported", .sufficient)
      Option("known-none", "Known: no callout", .sufficient)
      Option("not-known", "Not known", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 3.2, Areas for improvement (a)",
      basis: .inferredRule(
        reproduces: "the report's shortfall: the 18 of 27 domestic abuse cases where it was not "
          + "known whether there had been any police callouts"),
      quote: "callouts were reported in 6 out of 27 cases. In a further three, no callout was "
        + "made. However, this left a further 18 domestic abuse cases where it was not known "
        + "whether there had been any police callouts in relation to the offender",
      note: "Option codes and 'not applicable' are ours.")
    AnswerScale("progress", "Progress against an offending-related factor") {
      Option("substantial", "Substantial progress", .sufficient)
      Option("some", "Some progress", .sufficient)
      Option("none", "No progress", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .statedRule,
      quote: "48% of offenders had made some or substantial progress",
      note: "'Some' and 'substantial' are printed and counted together; 'no progress', the codes "
        + "and 'not applicable' are ours.")

    Replace(
      "1.2.c",
      with: Question(
        "1.2.c",
        "Was the RoSH screening completed, and completed accurately, at the start of "
          + "sentence?",
        scale: "screening", themes: "RoH"
      )
      .measures("roh-screening-accurate", .exact)
      .measures("iaow-roh-assessment-and-planning", .partOf)
      .from(
        hertfordshire, at: "General criterion 1.2, Areas for improvement (a)",
        basis: .printedFigure,
        quote: "The RoSH screening was not accurately completed at the start of sentence in 29% "
          + "of cases in the inspection sample. This figure included both those cases where the "
          + "RoSH screening was either not completed (11) or where it was inaccurate (25)"))
    Replace(
      "1.2.w",
      with: Question(
        "1.2.w",
        "Where the offender presented a RoH, how effectively were managers involved in the "
          + "assessment and planning?",
        scale: "management-involvement", themes: "RoH"
      )
      .measures("roh-presented-roh-managers-effectively-involved-assessment", .exact)
      .measures("iaow-roh-assessment-and-planning", .partOf)
      .from(
        hertfordshire, at: "General criterion 1.2, Areas for improvement (g)",
        basis: .printedFigure,
        quote: "managers had been involved effectively in the assessment and planning of work "
          + "with only half of the cases where the offender presented a RoH. We found evidence "
          + "of some management involvement in a further 32%, but judged that this had not been "
          + "sufficiently rigorous. ... In four cases, there was no evidence that the manager "
          + "had been involved."))
    Replace(
      "1.2.x",
      with: Question(
        "1.2.x",
        "Where the offender posed a RoH to children, how effectively were managers involved?",
        scale: "management-involvement", themes: "RoH"
      )
      .measures("roh-posed-roh-children-managers-effectively-involved", .exact)
      .measures("iaow-roh-assessment-and-planning", .partOf)
      .relevant(when: .attribute("child_concern", is: "yes"))
      .from(
        hertfordshire, at: "General criterion 1.2, Areas for improvement (h)",
        basis: .printedFigure,
        quote: "We found no evidence of management involvement in over a third of these cases; "
          + "in a further 26% the involvement of managers had not been effective"))
    Replace(
      "2.2.y",
      with: Question(
        "2.2.y",
        "In a community order where the RoH increased, was breach action taken promptly?",
        scale: "timeliness", themes: "RoH", "CE"
      )
      .measures("public-community-order-roh-increased-breach-action", .exact)
      .measures("iaow-roh-interventions", .partOf)
      .relevant(when: .attribute("case_type", is: "community"))
      .from(
        hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
        basis: .printedFigure,
        quote: "Where an offender's RoH increased, breach action was undertaken promptly in 11 "
          + "out of 18 relevant community orders (61%); in four further cases, action was taken, "
          + "but not promptly"))
    Replace(
      "2.2.ab",
      with: Question(
        "2.2.ab",
        "In a licence case where recall was necessary on the grounds of increased RoH, was the "
          + "recall action taken promptly?",
        scale: "timeliness", themes: "RoH", "CE"
      )
      .measures("public-licence-recall-necessary-grounds-increased-roh", .exact)
      .measures("iaow-roh-interventions", .partOf)
      .relevant(when: .attribute("case_type", is: "licence"))
      .from(
        hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
        basis: .printedFigure,
        quote: "We also inspected five cases where recall to prison was necessary on the grounds "
          + "of increased RoH. This action had been taken promptly in three cases, but in two "
          + "further cases had not been instigated"))
    Replace(
      "2.2.ag",
      with: Question(
        "2.2.ag",
        "In a high RoSH case, how effective was management oversight of the quality of work?",
        scale: "management-involvement", themes: "RoH"
      )
      .measures("public-high-rosh-effective-management-oversight-quality", .exact)
      .measures("roh-management-involvement-high", .narrower)
      .measures("iaow-roh-interventions", .partOf)
      .relevant(when: .attribute("roh", is: "high", "very high"))
      .from(
        hertfordshire, at: "General criterion 2.2, Areas for improvement (i)",
        basis: .printedFigure,
        quote: "In the first category (RoSH) there was effective oversight in 50% of cases, "
          + "ineffective oversight in 23% and no involvement apparent in 27%"))
    Replace(
      "2.2.ah",
      with: Question(
        "2.2.ah",
        "In a child safeguarding case, how effective was management oversight of the quality "
          + "of work?",
        scale: "management-involvement", themes: "RoH"
      )
      .measures("public-child-safeguarding-effective-management-oversight-quality", .exact)
      .measures("iaow-roh-interventions", .partOf)
      .relevant(when: .attribute("child_concern", is: "yes"))
      .from(
        hertfordshire, at: "General criterion 2.2, Areas for improvement (i)",
        basis: .printedFigure,
        quote: "In respect of children's safety, the proportions were 26%, 26% and 49% "
          + "respectively"))
    Replace(
      "3.1.e",
      with: Question(
        "3.1.e",
        "Since sentence, has the offender been cautioned for, or convicted of, an "
          + "offence?",
        scale: "further-offence", themes: "LoR"
      )
      .measures("outcome-no-further-offence", .exact)
      .measures("outcome-no-reconviction", .broader)
      .measures("iaow-lor-reduced", .partOf)
      .from(
        hertfordshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
        quote: "Since being sentenced, 2% of the sample (three) had been cautioned for, and 24% "
          + "(30) convicted of, an offence"))
    Remove("3.1.f")
    Replace(
      "3.1.i",
      with: Question(
        "3.1.i", "To what extent had the sentence plan objectives been achieved?",
        scale: "achievement"
      )
      .measures("outcomes-sentence-plan-objectives-achieved-fully-partially", .exact)
      .measures("iaow-initial-outcomes", .partOf)
      .from(
        hertfordshire, at: "General criterion 3.1, Areas for improvement (a)",
        basis: .printedFigure,
        quote: "in a similar percentage of the sample, the sentence plan objectives had not been "
          + "achieved. (The objectives had been fully achieved in 14% and partially achieved in "
          + "49% of the cases we inspected)"))
    Remove("3.1.j")
    Replace(
      "3.2.d",
      with: Question(
        "3.2.d",
        "In a domestic abuse case, was it known whether there had been police callouts in "
          + "relation to the offender?",
        scale: "callouts", themes: "RoH"
      )
      .measures("public-domestic-abuse-police-information", .exact)
      .measures("iaow-roh-minimised", .partOf)
      .relevant(when: .attribute("domestic_abuse", is: "yes"))
      .from(
        hertfordshire, at: "General criterion 3.2, Areas for improvement (a)",
        basis: .printedFigure,
        quote: "callouts were reported in 6 out of 27 cases. In a further three, no callout was "
          + "made. However, this left a further 18 domestic abuse cases where it was not known "
          + "whether there had been any police callouts in relation to the offender"))
    Replace(
      "3.3.c",
      with: Question(
        "3.3.c",
        "How much progress had the offender made in relation to the factor most closely linked "
          + "to their offending?",
        scale: "progress", themes: "LoR"
      )
      .measures("outcome-priority-factor-progress", .exact)
      .measures("iaow-lor-reduced", .partOf)
      .from(
        hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .printedFigure,
        quote: "48% of offenders had made some or substantial progress"))
    Replace(
      "3.3.e",
      with: Question(
        "3.3.e", "How much progress had the offender made against the second priority factor?",
        scale: "progress", themes: "LoR"
      )
      .measures("outcome-second-factor-progress", .exact)
      .measures("iaow-lor-reduced", .partOf)
      .from(
        hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .printedFigure,
        quote: "They had also made progress against the second and third priority factors in "
          + "41% and 44% of cases respectively",
        note: "Recorded on the progress scale of 3.3.c (an assumption): 'made progress' is some "
          + "or substantial progress."))
    Replace(
      "3.3.f",
      with: Question(
        "3.3.f", "How much progress had the offender made against the third priority factor?",
        scale: "progress", themes: "LoR"
      )
      .measures("outcome-third-factor-progress", .exact)
      .measures("iaow-lor-reduced", .partOf)
      .from(
        hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .printedFigure,
        quote: "They had also made progress against the second and third priority factors in "
          + "41% and 44% of cases respectively",
        note: "Recorded on the progress scale of 3.3.c (an assumption): 'made progress' is some "
          + "or substantial progress."))
  }
}
