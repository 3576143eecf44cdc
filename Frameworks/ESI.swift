import InspectionDSL

/// The id of the 2005 West Midlands follow-up report, which every item of ESI cites.
private let followUp = "esi-westmidlands-2005"

extension FrameworkCatalog {
  /// Effective Supervision Inspection (ESI), as far as the 2005 West Midlands follow-up shows it.
  ///
  /// **Period.** The ESI programme started in June 2003 and inspected all 42 areas of the National
  /// Probation Service over a three-year cycle (Inspection arrangements), so 2003–2006.
  ///
  /// **Source.** HM Inspectorate of Probation, *Effective Supervision Inspection of the National
  /// Probation Service for England and Wales. Follow-up report on: West Midlands Probation Area*
  /// (July 2005). The follow-up re-examined 40 files one year after the original inspection
  /// (report published August 2004) against "the five criteria relevant to the issues in the
  /// follow-up" (Inspection arrangements). No full ESI report, criteria list or scoring appendix
  /// was available. Every item cites the place it comes from: a section, criterion and bullet of
  /// the follow-up (`inspect provenance ESI`).
  ///
  /// **Faithful.** Sections A Quality of Management, B Quality of Assessment and C Quality of
  /// Interventions with the five criteria the follow-up names — A1 Leadership and planning, B1
  /// Assessment of risk of harm, B3 Case management, C2 Delivering appropriate supervision, C5
  /// Management of risk of harm — each with its "Description" in the report's words. The 24
  /// questions restate the follow-up's case-level findings (34 printed figures, 28 of them with the
  /// 2004 figure beside the 2005 one; ten are the same measure for the high-risk cases, which are a
  /// stratum of the sample, not separate questions). Measures the report restricts to high-risk or
  /// "applicable" cases carry that applicability.
  ///
  /// **Assumptions** (each also an `Assumption` below):
  /// - A criterion's score is the unweighted mean of its question scores. The follow-up prints
  ///   criterion percentages but not how they were computed, and prints only some of each
  ///   criterion's measures ("26 of 33 separate measures", Foreword), so the printed question figures do
  ///   not reproduce the criterion scores: their means are B1 63.2 (published 62), B3 64.8 (70),
  ///   C2 70.6 (76), C5 64.5 (70) in 2005, and lower still for 2004.
  /// - A section's score is the mean of its criteria; the follow-up prints no section scores.
  /// - "High-risk cases" are cases whose risk of harm is high or very high (the risk management
  ///   plan measure counts "high and very high risk of harm cases", criterion B1, bullet 6).
  /// - A1 is judged, not computed: the management section "has not been re-scored because of the
  ///   follow-up's narrower focus" (Inspection arrangements). Its judgement scale has the single label
  ///   *Not re-scored*; the original ESI's treatment of A1 is not known.
  /// - Applicability that the report implies but does not name as an attribute is declared as a
  ///   yes/no case attribute: a significant incident (B1.d), other agencies' or MAPPA assessments
  ///   (B3.c, "applicable cases"), additional requirements on the order or licence (C2.c) and a
  ///   child protection concern (C5.b, "applicable cases"). C2.e ("these high-risk cases", criterion C2, bullet 4)
  ///   is limited to high and very high risk of harm cases.
  /// - The bases of C5.e and C5.f ("in only 42% of cases", "in just 40% of cases") are not stated;
  ///   they are relevant to every case and may be answered `na`.
  ///
  /// **The "(adjusted)" originals.** The follow-up interviewed neither offenders nor other workers,
  /// so "where relevant, original criterion scores have been adjusted to allow for this difference"
  /// (Inspection arrangements). Only the 2004 scores of C2 (54%) and C5 (55%) are marked "(adjusted)"; B1 (48%) and
  /// B3 (57%) are not. A 2004–2005 comparison must therefore compare like with like: an original
  /// score computed from file reading alone, not the published one that drew on interviews.
  /// `Examples/Published/ESI-WestMidlands-2005.json` marks the adjusted items with a note.
  ///
  /// **Not recovered.** The other ESI criteria (the numbering implies B2, C1, C3, C4 and possibly
  /// more), their descriptions and questions; section D, the "initial results of the
  /// interventions" (Inspection arrangements), which the follow-up neither letters nor scores; any ESI grade bands or
  /// "line"; the exact per-criterion aggregation; the size of the high-risk sample (23 high and
  /// very high risk of harm cases are implied by the risk management plan measure).
  public static let esi = Framework(
    "ESI", version: "2003", title: "Effective Supervision Inspection"
  ) {
    Period("2003", to: "2006")
    Summary(
      "HMI Probation's inspection of the 42 probation areas of the National Probation Service, "
        + "2003–06: area assessors and inspectors scored case files against defined criteria on "
        + "the quality of management, assessment and interventions, and on initial results. "
        + "Declared from the 2005 West Midlands follow-up, which re-scored four assessment and "
        + "interventions criteria on 40 files and did not re-score management.")
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    Source(
      id: followUp, publisher: "HM Inspectorate of Probation (Home Office)",
      title: "Effective Supervision Inspection of the National Probation Service for England and "
        + "Wales. Follow-up report on: West Midlands Probation Area",
      date: "July 2005",
      reference: "Submitted to the Secretary of State; copies on HMI Probation's website, at the "
        + "address the report gives",
      url: "http://www.homeoffice.gov.uk/justice/probation/inspprob/index.html",
      note: "Criteria A1, B1, B3, C2, C5 with descriptions; original (2004) and follow-up (2005) "
        + "criterion scores; case-level findings, most with the 2004 figure beside the 2005 one.")
    Assumption(
      "A criterion's score is the unweighted mean of its question scores; the follow-up prints "
        + "criterion scores but not how they were computed, and only some of their measures.")
    Assumption(
      "A section's score is the mean of its criterion scores; no section scores are printed.")
    Assumption(
      "'High-risk cases' are cases with a high or very high risk of harm (the risk management "
        + "plan measure counts 'high and very high risk of harm cases').")
    Assumption(
      "A1 is judged, not computed: the follow-up did not re-score the management section "
        + "(Inspection arrangements); its only label is 'Not re-scored'.")
    Assumption(
      "Applicability implied by the findings is declared as yes/no case attributes: "
        + "significant_incident (B1.d), agency_assessments (B3.c), additional_requirements (C2.c) "
        + "and child_concern (C5.b); C2.e is limited to high and very high risk of harm cases.")
    Assumption(
      "The bases of C5.e and C5.f are not stated; they are relevant to every case and may be "
        + "answered na.")
    Assumption(
      "The 2004 scores of C2 and C5 were adjusted to remove offender and other-worker interview "
        + "evidence (Inspection arrangements); B1 and B3 are not marked as adjusted.")
    Assumption(
      "Not recovered: the other ESI criteria (B2, C1, C3, C4 …), section D (initial results), "
        + "ESI grade bands and the exact aggregation. They are not declared.")
    AnswerScale.yesNo()
      .from(
        followUp, at: "Sections B and C, findings", basis: .reportProse,
        note: "The follow-up gives each finding as the share of cases in which the work was "
          + "satisfactory, sometimes of 'applicable cases'; the scale's options are ours.")
    Presentation(displayDecimals: 0)

    Attribute("roh", "Risk of harm level", values: "low", "medium", "high", "very high")
    Attribute(
      "significant_incident", "A significant incident gave cause for concern", values: "yes", "no")
    Attribute(
      "agency_assessments", "Other agencies' or MAPPA assessments exist", values: "yes", "no")
    Attribute(
      "additional_requirements", "The order or licence has additional requirements",
      values: "yes", "no")
    Attribute("child_concern", "Child protection arrangements apply", values: "yes", "no")

    JudgementScale("not-rescored", "Follow-up treatment of criteria it did not re-score") {
      Label(
        "not-rescored", "Not re-scored",
        meaning: "Findings reported in narrative only; the follow-up did not re-score the "
          + "criterion (Inspection arrangements).")
    }
    .from(
      followUp, at: "Inspection arrangements", basis: .reportProse,
      quote: "the management section has not been re-scored because of the follow-up's narrower "
        + "focus when compared with the original inspection")

    Section("A", "Quality of Management") {
      Criterion(
        "A1", "Leadership and planning",
        standard: "The Board and CO lead the area in the achievement of national targets and "
          + "implementation of national policies through the production of local policies and "
          + "procedures which are regularly monitored and reviewed. Areas are enabled to work "
          + "efficiently and effectively by the NPD who develop national targets and policies in "
          + "line with Ministerial priorities and provides guidance and resources. The senior "
          + "management team is committed to the implementation of national and local targets "
          + "and priorities, including What Works strategies, risk management and promoting "
          + "diversity.",
        judgement: "not-rescored"
      )
      .measures("crit-leadership", .exact)
      .from(
        followUp, at: "Section A, criterion A1", basis: .printedInWords,
        note: "Headed and described, with findings in words; not re-scored in the follow-up.")
    }
    .measures("sec-leadership", .exact)
    .from(
      followUp, at: "Section A", basis: .printedInWords,
      note: "The section heading; no section score is printed.")

    Section("B", "Quality of Assessment") {
      Criterion(
        "B1", "Assessment of risk of harm",
        standard: "Risk of harm is satisfactorily assessed using an approved instrument (OASys "
          + "where available), specialist assessment tools, where relevant, and draws on MAPPA, "
          + "other agencies' and previous probation service assessments."
      ) {
        Question("B1.a", "Was an initial risk of harm assessment completed?")
          .measures("roh-assessment-completed", .exact)
          .from(
            followUp, at: "Section B, criterion B1, bullet 4", basis: .printedFigure,
            quote: "95% of cases (100% of high-risk cases) had an initial risk of harm assessment")
        Question("B1.b", "Was the initial risk of harm assessment of satisfactory quality?")
          .measures("roh-initial-risk-harm-assessment-satisfactory-quality", .exact)
          .measures("roh-assessment-quality", .narrower)
          .from(
            followUp, at: "Section B, criterion B1, bullet 4", basis: .printedInWords,
            quote: "although the quality of these was deemed satisfactory in only half the overall "
              + "sample; this compared to 60% in the original inspection",
            note: "2004 figure: 60%.")
        Question(
          "B1.c",
          "Were the 16-weekly reviews of the risk of harm assessment of satisfactory quality?"
        )
        .measures("roh-16-weekly-reviews-risk-harm-assessment", .exact)
        .from(
          followUp, at: "Section B, criterion B1, bullet 4", basis: .printedFigure,
          quote: "The quality of risk of harm assessments every 16 weeks had significantly risen "
            + "from 12% to 49% for the overall sample and from 31% to 64% for the high-risk "
            + "cases",
          note: "2004 figure: 12%.")
        Question(
          "B1.d",
          "Was the risk of harm assessment prompted by a significant incident of satisfactory "
            + "quality?"
        )
        .measures("roh-risk-harm-assessment-prompted-significant-incident", .exact)
        .relevant(when: .attribute("significant_incident", is: "yes"))
        .from(
          followUp, at: "Section B, criterion B1, bullet 4", basis: .printedFigure,
          quote: "Risk of harm assessments prompted by a significant incident that gave cause "
            + "for concern had improved from a satisfaction rate of 24% in the original "
            + "inspection to 67% for the follow-up (30% to 67% for the high-risk sample)",
          note: "2004 figure: 24%.")
        Question("B1.e", "Was the risk of harm classification appropriate?")
          .measures("roh-classification-accurate", .exact)
          .from(
            followUp, at: "Section B, criterion B1, bullet 5", basis: .printedFigure,
            quote: "The risk of harm classification was felt to be appropriate in 83% of cases, by "
              + "comparison with 89% of cases in the original inspection",
            note: "2004 figure: 89%.")
        Question(
          "B1.f",
          "Was a risk management plan of satisfactory quality completed within five working days?"
        )
        .measures("roh-risk-management-plan-satisfactory-quality-completed", .exact)
        .relevant(when: .attribute("roh", is: "high", "very high"))
        .from(
          followUp, at: "Section B, criterion B1, bullet 6", basis: .printedFigure,
          quote: "in ten of 23 cases in 2005 plans were of a satisfactory quality and completed "
            + "within five working days; the figure was nine of 23 cases in 2004",
          note: "2005: 10 of 23 cases; 2004: 9 of 23.")
        Question(
          "B1.g",
          "Was there sufficient evidence of appropriate management involvement in the risk of "
            + "harm assessment?"
        )
        .measures("roh-management-involvement-high", .exact)
        .relevant(when: .attribute("roh", is: "high", "very high"))
        .from(
          followUp, at: "Section B, criterion B1, bullet 7", basis: .printedFigure,
          quote: "There was sufficient evidence of appropriate management involvement in 55% of "
            + "high risk of harm cases - an improvement from 39% in the original inspection",
          note: "2004 figure: 39%.")
      }
      .measures("crit-roh-assessment", .exact)
      .from(
        followUp, at: "Section B, criterion B1", basis: .printedFigure,
        note: "Printed scores: original inspection 48%, follow-up inspection 62%."
      )
      .rule(
        from: followUp, at: "Inspection arrangements", basis: .placeholder,
        note: "The follow-up does not say how a criterion's score is computed, and prints only "
          + "some of its measures; the plain mean of the questions is ours and does not reproduce "
          + "the printed scores.")
      Criterion(
        "B3", "Case management",
        standard: "The case is managed effectively and interventions coordinated to enable "
          + "criminogenic factors to be addressed and any risk of harm managed. The ISP or CPO "
          + "assessment takes account of the PSR, SSR or sentence plan in licence cases, and "
          + "describes an overall plan of work for each offender, in line with the assessments of "
          + "risk of harm and need and the likelihood of reoffending."
      ) {
        Question("B3.a", "Was the initial supervision plan of satisfactory overall quality?")
          .measures("plan-quality-overall", .exact)
          .from(
            followUp, at: "Section B, criterion B3, bullet 1", basis: .printedFigure,
            quote: "68% of ISPs were of a satisfactory overall quality - this was the case in 70% "
              + "of high risk of harm cases")
        Question(
          "B3.b",
          "Did the objectives of the initial supervision plan match the offender's risk and needs?"
        )
        .measures("plan-objectives-initial-supervision-plan-match-s", .exact)
        .from(
          followUp, at: "Section B, criterion B3, bullet 1, indented bullet 1",
          basis: .printedFigure,
          quote: "assessed as satisfactory in 90% of cases; this had improved from 45% in the "
            + "original inspection",
          note: "2004 figure: 45%.")
        Question(
          "B3.c",
          "Were assessments by other agencies and MAPPA integrated into the supervision plan?"
        )
        .measures("plan-reflects-other-assessments", .exact)
        .relevant(when: .attribute("agency_assessments", is: "yes"))
        .from(
          followUp, at: "Section B, criterion B3, bullet 1, indented bullet 2",
          basis: .printedFigure,
          quote: "assessments by other agencies and MAPPA were integrated into supervision plans "
            + "in 55% of applicable cases, compared with 33% in the original sample",
          note: "2004 figure: 33%.")
        Question("B3.d", "Did the initial supervision plan contain SMART objectives?")
          .measures("plan-initial-supervision-plan-contain-smart-objectives", .exact)
          .from(
            followUp, at: "Section B, criterion B3, bullet 1, indented bullet 3",
            basis: .printedFigure,
            quote: "75% of ISPs contained SMART objectives, rising from 52% in 2004; the figure "
              + "was 65% for the high risk of harm cases",
            note: "2004 figure: 52%.")
        Question(
          "B3.e", "Was liaison with other agencies outlined satisfactorily in OASys at the outset?"
        )
        .measures("plan-liaison-other-agencies-outlined-satisfactorily-oasys", .exact)
        .from(
          followUp, at: "Section B, criterion B3, bullet 1, indented bullet 4",
          basis: .printedFigure,
          quote: "These aspects had deteriorated very slightly to satisfaction levels of 53% and "
            + "48% respectively against a common original figure of 56%",
          note: "2004 figure: 56%.")
        Question("B3.f", "Were diversity issues outlined satisfactorily in OASys at the outset?")
          .measures("diverse-needs-identified", .exact)
          .from(
            followUp, at: "Section B, criterion B3, bullet 1, indented bullet 4",
            basis: .printedFigure,
            quote: "These aspects had deteriorated very slightly to satisfaction levels of 53% and "
              + "48% respectively against a common original figure of 56%",
            note: "2004 figure: 56%.")
      }
      .measures("crit-case-management", .exact)
      .from(
        followUp, at: "Section B, criterion B3", basis: .printedFigure,
        note: "Printed scores: original inspection 57%, follow-up inspection 70%."
      )
      .rule(
        from: followUp, at: "Inspection arrangements", basis: .placeholder,
        note: "The follow-up does not say how a criterion's score is computed, and prints only "
          + "some of its measures; the plain mean of the questions is ours and does not reproduce "
          + "the printed scores.")
    }
    .measures("sec-assessment-and-planning", .exact)
    .from(
      followUp, at: "Section B", basis: .printedInWords,
      note: "The section heading; no section score is printed."
    )
    .rule(
      from: followUp, at: "Inspection arrangements", basis: .placeholder,
      note: "No section scores are printed; the mean of the criteria is ours.")

    Section("C", "Quality of Interventions") {
      Criterion(
        "C2", "Delivering appropriate supervision",
        standard: "Interventions are delivered to achieve the objectives identified in the ISP "
          + "and recorded according to the requirements of national standards. Supervision is "
          + "prioritised according to an ongoing assessment of risk and need and takes account "
          + "of previous reviews and work already undertaken by the area and other agencies. Case "
          + "managers oversee and coordinate the work of other staff and partner organisations "
          + "and all staff play an active part in motivating and supporting offenders throughout "
          + "their supervision."
      ) {
        Question(
          "C2.a", "Was progress against objectives reviewed in line with national standards?"
        )
        .measures("deliver-plan-reviewed-on-time", .exact)
        .from(
          followUp, at: "Section C, criterion C2, bullet 1", basis: .printedFigure,
          quote: "In 65% of cases progress against objectives had been reviewed in line with "
            + "national standards, an improvement from 23% of the original ESI sample",
          note: "2004 figure: 23%.")
        Question("C2.b", "Did the supervision plan reviews contain SMART objectives?")
          .measures("deliver-supervision-plan-reviews-contain-smart-objectives", .exact)
          .from(
            followUp, at: "Section C, criterion C2, bullet 1", basis: .printedFigure,
            quote: "Also in 65% of cases there were SMART objectives in the supervision plan "
              + "reviews, rising from 35%",
            note: "2004 figure: 35%.")
        Question(
          "C2.c", "Were the additional requirements of the order or licence adequately implemented?"
        )
        .measures("deliver-additional-requirements-order-licence-adequately-implemented", .exact)
        .measures("deliver-requirements-implemented", .narrower)
        .relevant(when: .attribute("additional_requirements", is: "yes"))
        .from(
          followUp, at: "Section C, criterion C2, bullet 2", basis: .printedFigure,
          quote: "In 94% of cases (92% for the high risk of harm sample) additional requirements "
            + "on orders or licences had been adequately implemented; this was an encouraging "
            + "increase from 78%",
          note: "2004 figure: 78%.")
        Question(
          "C2.d",
          "Was liaison between probation staff and others delivering interventions satisfactory?"
        )
        .measures("deliver-liaison-between-probation-staff-others-delivering", .exact)
        .from(
          followUp, at: "Section C, criterion C2, bullet 3", basis: .printedFigure,
          quote: "There was evidence of this taking place satisfactorily in 86% of cases "
            + "overall, and in 91% of the high risk of harm sample. Equivalent figures in 2004 "
            + "had been 76% and 86% respectively",
          note: "2004 figure: 76%.")
        Question(
          "C2.e",
          "Were the risk management plan and MAPPA work integrated into the supervision plan "
            + "reviews?"
        )
        .measures("deliver-risk-management-plan-mappa-work-integrated", .exact)
        .measures("deliver-review-integrates-other-plans", .narrower)
        .relevant(when: .attribute("roh", is: "high", "very high"))
        .from(
          followUp, at: "Section C, criterion C2, bullet 4", basis: .printedFigure,
          quote: "Although the proportion of satisfactory cases had risen from 33% to 43%",
          note: "2004 figure: 33%.")
      }
      .measures("crit-delivering-plan", .exact)
      .from(
        followUp, at: "Section C, criterion C2", basis: .printedFigure,
        note: "Printed scores: original inspection 54% (adjusted), follow-up inspection 76%."
      )
      .rule(
        from: followUp, at: "Inspection arrangements", basis: .placeholder,
        note: "The follow-up does not say how a criterion's score is computed, and prints only "
          + "some of its measures; the plain mean of the questions is ours and does not reproduce "
          + "the printed scores.")
      Criterion(
        "C5", "Management of risk of harm",
        standard: "Risk of harm is actively managed in consultation with other agencies."
      ) {
        Question(
          "C5.a", "Did the level of interventions match the risk of harm assessment?"
        )
        .measures("deliver-resources-match-roh", .exact)
        .from(
          followUp, at: "Section C, criterion C5, bullet 1", basis: .printedFigure,
          quote: "There was felt to be a good match between the risk of harm assessment and the "
            + "level of interventions in 90% of cases, an increase from 80% in 2004",
          note: "2004 figure: 80%.")
        Question(
          "C5.b", "Was probation's involvement in child protection arrangements satisfactory?"
        )
        .measures("public-probation-s-involvement-child-protection-arrangements", .exact)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          followUp, at: "Section C, criterion C5, bullet 4", basis: .printedFigure,
          quote: "Satisfactory probation involvement in child protection arrangements had "
            + "improved from 77% of applicable cases in 2004 to 92% in the follow-up",
          note: "2004 figure: 77%.")
        Question("C5.c", "Were potential changes in risk of harm identified and addressed?")
          .measures("public-roh-changes-identified-and-acted-on", .exact)
          .from(
            followUp, at: "Section C, criterion C5, bullet 5", basis: .printedFigure,
            quote: "The improvement was from 61% to 64% overall",
            note: "2004 figure: 61%.")
        Question("C5.d", "Was management oversight of the ongoing case management satisfactory?")
          .measures("public-management-oversight-ongoing-management-satisfactory", .exact)
          .from(
            followUp, at: "Section C, criterion C5, bullet 6", basis: .printedFigure,
            quote: "Management oversight of the ongoing case management process was assessed as "
              + "satisfactory in 59% of cases by comparison with 41% at the original inspection",
            note: "2004 figure: 41%.")
        Question("C5.e", "Was an adequate inter-agency risk management plan produced?")
          .measures("public-adequate-inter-agency-risk-management-plan", .exact)
          .from(
            followUp, at: "Section C, criterion C5, bullet 7", basis: .printedFigure,
            quote: "In only 42% of cases was an adequate inter-agency risk management plan "
              + "produced - the figure was 26% in 2004",
            note: "2004 figure: 26%.")
        Question("C5.f", "Was the inter-agency risk management plan reviewed comprehensively?")
          .measures("public-inter-agency-risk-management-plan-reviewed", .exact)
          .from(
            followUp, at: "Section C, criterion C5, bullet 7", basis: .printedFigure,
            quote: "These plans were reviewed comprehensively in just 40% of cases, although this "
              + "still represented a significant improvement from the figure of 17% in the "
              + "original inspection",
            note: "2004 figure: 17%.")
      }
      .measures("crit-protecting-public", .exact)
      .from(
        followUp, at: "Section C, criterion C5", basis: .printedFigure,
        note: "Printed scores: original inspection 55% (adjusted), follow-up inspection 70%."
      )
      .rule(
        from: followUp, at: "Inspection arrangements", basis: .placeholder,
        note: "The follow-up does not say how a criterion's score is computed, and prints only "
          + "some of its measures; the plain mean of the questions is ours and does not reproduce "
          + "the printed scores.")
    }
    .measures("sec-interventions", .exact)
    .from(
      followUp, at: "Section C", basis: .printedInWords,
      note: "The section heading; no section score is printed."
    )
    .rule(
      from: followUp, at: "Inspection arrangements", basis: .placeholder,
      note: "No section scores are printed; the mean of the criteria is ours.")
  }
}
