import InspectionDSL

/// Declarations shared by the 2012–15 youth frameworks, Short Quality Screening
/// (``FrameworkCatalog/sqs``) and Full Joint Inspection (``FrameworkCatalog/fji2012``,
/// ``FrameworkCatalog/fji2013``).
///
/// Both programmes assessed a sample of cases "across four themes" (seed:003 L575-580) with one
/// case assessment tool, "with SQS using a subset of the questions" (HMI Probation, *Inspection of
/// Youth Offending Work*, programme page). So the practice section, the themes and the case
/// attributes are declared once, here, and both frameworks splice them in.
///
/// Layout: **themes + sections.** Sections follow the practice areas under which the annual
/// report gives its findings (PSRs, assessments, planning, reviews, management oversight,
/// engagement: seed:003 L633-658); the four themes are `Theme`s carried by the questions, so a
/// theme headline (the FJI's published "% for each theme", seed:003 L706-712) is the mean of the
/// questions that carry it, across practice areas — the way HMI Probation's other thread scores
/// (OMI RoH, OMI2 RoH/LoR/C&E, CCI Safeguarding/RoH/LoR) cut across criteria.
enum YouthInspection {
  /// The four themes (seed:003 L577-580), with thread ids continuing CCI's and OMI2's.
  static var themes: [any FrameworkComponent] {
    [
      Theme("LoR", "Reducing the likelihood of reoffending"),
      Theme("RoH", "Protecting the public"),
      Theme("Safeguarding", "Protecting the child or young person"),
      Theme("CE", "Ensuring the sentence is served"),
    ]
  }

  /// The case attributes the annual report describes the sample by, and the one the
  /// practice questions need for applicability (`report_type`).
  static var attributes: [any FrameworkComponent] {
    [
      // seed:003 L619: referral orders 21%, youth rehabilitation orders 55%, custodial 23%.
      Attribute(
        "sentence_type", "Sentence type",
        values: "referral order", "youth rehabilitation order", "custodial sentence"),
      // seed:003 L621: violence against the person 39%; burglary, robbery, theft & handling 12%.
      Attribute(
        "offence_category", "Main offence category",
        values: "violence against the person", "burglary", "robbery",
        "theft and handling stolen goods", "other"),
      // seed:003 L615: additional questions about looked after children.
      Attribute("looked_after", "Looked after child", values: "yes", "no"),
      // seed:003 L615: 65% in their home area throughout, 26% out of area for all or part.
      Attribute(
        "placed_out_of_area",
        "Out of their home local authority/YOT area for all or part of the sentence",
        values: "yes", "no"),
      // seed:003 L617: children whose preferred language was Welsh.
      Attribute("welsh_language", "Preferred language Welsh", values: "yes", "no"),
      // seed:003 L635: PSRs to the court; "replicated in the reports prepared for panels
      // dealing with referral orders".
      Attribute(
        "report_type", "Report prepared for sentence",
        values: "psr", "panel report", "none"),
    ]
  }

  /// What the practice section assumes where the report is silent; both frameworks carry it.
  static var practiceAssumptions: [any FrameworkComponent] {
    [
      Assumption(
        "Where the report gives one proportion for a practice area (assessments, seed:003 "
          + "L641), the criterion has one neutral question per theme it concerns."),
      Assumption(
        "Review questions carry the three themes whose assessments and plans are reviewed "
          + "(seed:003 L649 names no theme)."),
      Assumption(
        "Engagement questions, including the offer of a Welsh-speaking case manager, carry the "
          + "theme 'Ensuring the sentence is served' (FJI ties engagement to meeting the "
          + "requirements of the sentence, seed:003 L696)."),
      Assumption(
        "The PSR questions also apply to referral order panel reports (\"replicated\", "
          + "seed:003 L635)."),
      Assumption(
        "The PSR's overall quality (1.1.a) and the family's involvement in it (1.1.e) carry no "
          + "theme; other relevant behaviour in assessments (1.2.d) carries the reoffending "
          + "theme. The report does not say which theme, if any, they counted towards."),
    ]
  }

  /// Section 1, the practice areas of the SQS key findings (seed:003 L631-658).
  ///
  /// FJI looks at the same practice "over a longer period of time" (seed:003 L690) and adds its
  /// own sections after this one.
  static var practiceSection: Section {
    Section("1", "Practice") {
      Criterion("1.1", "Pre-sentence reports (PSRs)") {
        Question("1.1.a", "Was the report of sufficient quality?")  // seed:003 L635
          .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        Question(
          "1.1.b", "Did the report contain sufficient analysis of the offending behaviour?",
          themes: "LoR"
        )  // seed:003 L635
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        Question(
          "1.1.c", "Did the report contain a sufficient assessment of the risk of harm to others?",
          themes: "RoH"
        )  // seed:003 L635
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        Question(
          "1.1.d",
          "Did the report contain a sufficient assessment of the vulnerability of the child or "
            + "young person?",
          themes: "Safeguarding"
        )  // seed:003 L635
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        Question(
          "1.1.e",
          "Were the child or young person and their parents/carers involved in the preparation "
            + "of the PSR?"
        )  // seed:003 L637
        .relevant(when: .attribute("report_type", is: "psr"))
      }
      Criterion("1.2", "Assessments") {
        // seed:003 L641 gives one proportion for all assessments ("three-quarters or more");
        // a–c are one neutral question per theme (an assumption, see the frameworks' notes).
        Question(
          "1.2.a", "Was the assessment of the likelihood of reoffending good enough?",
          themes: "LoR")  // seed:003 L641
        Question(
          "1.2.b", "Was the assessment of risk of harm to others good enough?",
          themes: "RoH")  // seed:003 L641
        Question(
          "1.2.c",
          "Was the assessment of the vulnerability of the child or young person good enough?",
          themes: "Safeguarding")  // seed:003 L641
        Question(
          "1.2.d", "Did the assessment include other relevant behaviour?",
          themes: "LoR")  // seed:003 L641
      }
      Criterion(
        "1.3", "Planning",
        standard: "It should be a living document, referred to often and adapted to reflect any "
          + "changes in circumstances."
      ) {
        Question("1.3.a", "Was an intervention plan completed?", themes: "LoR")  // seed:003 L645
        Question(
          "1.3.b", "Did the plan focus sufficiently on reducing the likelihood of reoffending?",
          themes: "LoR"
        )  // seed:003 L645
        .relevant(when: .answer("1.3.a", is: "yes"))
        Question(
          "1.3.c",
          "Were the plan's objectives SMART (specific, measurable, achievable, realistic and "
            + "time-bounded)?",
          themes: "LoR"
        )  // seed:003 L645
        .relevant(when: .answer("1.3.a", is: "yes"))
        Question(
          "1.3.d", "Was contingency planning for risk of harm to others sufficient?",
          themes: "RoH")  // seed:003 L645
        Question(
          "1.3.e", "Was enough attention given to victims' issues in planning?",
          themes: "RoH")  // seed:003 L645
        Question(
          "1.3.f", "Was contingency planning for vulnerability sufficient?",
          themes: "Safeguarding")  // seed:003 L645
      }
      Criterion(
        "1.4", "Reviews",
        standard: "It is important to review both the assessments and plans after a reasonable "
          + "time period, but also if there has been a significant change in circumstances."
      ) {
        // seed:003 L649 speaks of reviews of "both the assessments and plans" without a theme:
        // each question carries the three themes whose assessments and plans are reviewed.
        Question(
          "1.4.a", "Did a review of the assessment and plan take place when it was due?",
          themes: "LoR", "RoH", "Safeguarding")  // seed:003 L649
        Question(
          "1.4.b", "Did the review recognise any significant change in circumstances?",
          themes: "LoR", "RoH", "Safeguarding"
        )  // seed:003 L649
        .relevant(when: .answer("1.4.a", is: "yes"))
        Question(
          "1.4.c", "Was the review updated rather than copied from a previous version?",
          themes: "LoR", "RoH", "Safeguarding"
        )  // seed:003 L649
        .relevant(when: .answer("1.4.a", is: "yes"))
      }
      Criterion(
        "1.5", "Management, supervision and oversight",
        standard: "We expect managers to know how their staff are performing."
      ) {
        Question(
          "1.5.a", "Was management oversight of the work to protect the public effective?",
          themes: "RoH")  // seed:003 L654
        Question(
          "1.5.b",
          "Was management oversight of the work to protect the child or young person effective?",
          themes: "Safeguarding")  // seed:003 L654
        Question(
          "1.5.c", "Were the issues the manager identified as needing improvement remedied?",
          themes: "RoH", "Safeguarding")  // seed:003 L654
      }
      Criterion("1.6", "Engagement") {
        Question(
          "1.6.a",
          "Were the child or young person and their parents/carers engaged in the work of the "
            + "YOT?",
          themes: "CE")  // seed:003 L658
        Question(
          "1.6.b",
          "Were any speech, language and communication needs identified as a barrier to "
            + "engagement?",
          themes: "CE")  // seed:003 L658
        Question(
          "1.6.c",
          "Were the adaptations needed for those speech, language and communication needs made?",
          themes: "CE"
        )  // seed:003 L658
        .relevant(when: .answer("1.6.b", is: "yes"))
        Question(
          "1.6.d", "Was the child or young person offered a Welsh-speaking case manager?",
          themes: "CE"
        )  // seed:003 L617
        .relevant(when: .attribute("welsh_language", is: "yes"))
      }
    }
  }
}
