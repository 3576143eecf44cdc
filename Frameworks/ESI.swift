import InspectionDSL

extension FrameworkCatalog {
  /// Effective Supervision Inspection (ESI), as far as the 2005 West Midlands follow-up shows it.
  ///
  /// **Period.** The ESI programme started in June 2003 and inspected all 42 areas of the National
  /// Probation Service over a three-year cycle (seed:002 L126), so 2003–2006.
  ///
  /// **Source.** `seeds/002_663c349e1d2e4779.txt`: *Effective Supervision Inspection … Follow-up
  /// report on West Midlands Probation Area* (July 2005). The follow-up re-examined 40 files one
  /// year after the original inspection (report published August 2004) against "the five criteria
  /// relevant to the issues in the follow-up" (L133–L134). No full ESI report, criteria list or
  /// scoring appendix is among the seeds.
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
  ///   criterion's measures ("26 of 33 separate measures", L26), so the printed question figures do
  ///   not reproduce the criterion scores: their means are B1 63.2 (published 62), B3 64.8 (70),
  ///   C2 70.6 (76), C5 64.5 (70) in 2005, and lower still for 2004.
  /// - A section's score is the mean of its criteria; the follow-up prints no section scores.
  /// - "High-risk cases" are cases whose risk of harm is high or very high (the risk management
  ///   plan measure counts "high and very high risk of harm cases", L182–L184).
  /// - A1 is judged, not computed: the management section "has not been re-scored because of the
  ///   follow-up's narrower focus" (L134). Its judgement scale has the single label
  ///   *Not re-scored*; the original ESI's treatment of A1 is not in the seeds.
  /// - Applicability that the report implies but does not name as an attribute is declared as a
  ///   yes/no case attribute: a significant incident (B1.d), other agencies' or MAPPA assessments
  ///   (B3.c, "applicable cases"), additional requirements on the order or licence (C2.c) and a
  ///   child protection concern (C5.b, "applicable cases"). C2.e ("these high-risk cases", L220)
  ///   is limited to high and very high risk of harm cases.
  /// - The bases of C5.e and C5.f ("in only 42% of cases", "in just 40% of cases") are not stated;
  ///   they are relevant to every case and may be answered `na`.
  ///
  /// **The "(adjusted)" originals.** The follow-up interviewed neither offenders nor other workers,
  /// so "where relevant, original criterion scores have been adjusted to allow for this difference"
  /// (L133). Only the 2004 scores of C2 (54%) and C5 (55%) are marked "(adjusted)"; B1 (48%) and
  /// B3 (57%) are not. A 2004–2005 comparison must therefore compare like with like: an original
  /// score computed from file reading alone, not the published one that drew on interviews.
  /// `Examples/Published/ESI-WestMidlands-2005.json` marks the adjusted items with a note.
  ///
  /// **Not recovered.** The other ESI criteria (the numbering implies B2, C1, C3, C4 and possibly
  /// more), their descriptions and questions; section D, the "initial results of the
  /// interventions" (L131), which the follow-up neither letters nor scores; any ESI grade bands or
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
    Source(
      "Effective Supervision Inspection of the National Probation Service for England and Wales. "
        + "Follow-up report on: West Midlands Probation Area (2005)",
      reference: "seeds/002_663c349e1d2e4779.txt",
      note: "Criteria A1, B1, B3, C2, C5 with descriptions; original (2004) and follow-up (2005) "
        + "criterion scores; case-level findings.")
    Source(
      "InspectionKit research: domain.md §1 and seed-facts.json (ESI-followup-WestMidlands-2005)",
      note: "Extraction of the seed's findings, with the 2004 figure for each paired measure.")
    Assumption(
      "A criterion's score is the unweighted mean of its question scores; the follow-up prints "
        + "criterion scores but not how they were computed, and only some of their measures.")
    Assumption(
      "A section's score is the mean of its criterion scores; no section scores are printed.")
    Assumption(
      "'High-risk cases' are cases with a high or very high risk of harm (seed:002 L182-L184).")
    Assumption(
      "A1 is judged, not computed: the follow-up did not re-score the management section "
        + "(seed:002 L134); its only label is 'Not re-scored'.")
    Assumption(
      "Applicability implied by the findings is declared as yes/no case attributes: "
        + "significant_incident (B1.d), agency_assessments (B3.c), additional_requirements (C2.c) "
        + "and child_concern (C5.b); C2.e is limited to high and very high risk of harm cases.")
    Assumption(
      "The bases of C5.e and C5.f are not stated; they are relevant to every case and may be "
        + "answered na.")
    Assumption(
      "The 2004 scores of C2 and C5 were adjusted to remove offender and other-worker interview "
        + "evidence (seed:002 L133); B1 and B3 are not marked as adjusted.")
    Assumption(
      "Not recovered: the other ESI criteria (B2, C1, C3, C4 …), section D (initial results), "
        + "ESI grade bands and the exact aggregation. They are not declared.")
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
          + "criterion (seed:002 L134).")
    }

    Section("A", "Quality of Management") {  // seed:002 L56, L136
      Criterion(
        "A1", "Leadership and planning",  // seed:002 L138
        standard: "The Board and CO lead the area in the achievement of national targets and "
          + "implementation of national policies through the production of local policies and "
          + "procedures which are regularly monitored and reviewed. Areas are enabled to work "
          + "efficiently and effectively by the NPD who develop national targets and policies in "
          + "line with Ministerial priorities and provides guidance and resources. The senior "
          + "management team is committed to the implementation of national and local targets "
          + "and priorities, including What Works strategies, risk management and promoting "
          + "diversity.",  // seed:002 L142
        judgement: "not-rescored")
    }

    Section("B", "Quality of Assessment") {  // seed:002 L57, L168
      Criterion(
        "B1", "Assessment of risk of harm",  // seed:002 L170
        standard: "Risk of harm is satisfactorily assessed using an approved instrument (OASys "
          + "where available), specialist assessment tools, where relevant, and draws on MAPPA, "
          + "other agencies' and previous probation service assessments."  // seed:002 L175
      ) {
        // seed:002 L180: 95% (100% of high-risk cases)
        Question("B1.a", "Was an initial risk of harm assessment completed?")
        // seed:002 L180: "half" (2004: 60%); high-risk 61% (2004: 72%)
        Question("B1.b", "Was the initial risk of harm assessment of satisfactory quality?")
        // seed:002 L180: 49% (2004: 12%); high-risk 64% (2004: 31%)
        Question(
          "B1.c",
          "Were the 16-weekly reviews of the risk of harm assessment of satisfactory quality?")
        // seed:002 L180: 67% (2004: 24%); high-risk 67% (2004: 30%)
        Question(
          "B1.d",
          "Was the risk of harm assessment prompted by a significant incident of satisfactory "
            + "quality?"
        )
        .relevant(when: .attribute("significant_incident", is: "yes"))
        // seed:002 L181: 83% (2004: 89%); high-risk 91%
        Question("B1.e", "Was the risk of harm classification appropriate?")
        // seed:002 L182-L184: 10 of 23 high/very high cases (2004: 9 of 23)
        Question(
          "B1.f",
          "Was a risk management plan of satisfactory quality completed within five working days?"
        )
        .relevant(when: .attribute("roh", is: "high", "very high"))
        // seed:002 L186: 55% of high-risk cases (2004: 39%)
        Question(
          "B1.g",
          "Was there sufficient evidence of appropriate management involvement in the risk of "
            + "harm assessment?"
        )
        .relevant(when: .attribute("roh", is: "high", "very high"))
      }
      Criterion(
        "B3", "Case management",  // seed:002 L189
        standard: "The case is managed effectively and interventions coordinated to enable "
          + "criminogenic factors to be addressed and any risk of harm managed. The ISP or CPO "
          + "assessment takes account of the PSR, SSR or sentence plan in licence cases, and "
          + "describes an overall plan of work for each offender, in line with the assessments of "
          + "risk of harm and need and the likelihood of reoffending."  // seed:002 L194
      ) {
        // seed:002 L196: 68% (70% of high-risk cases)
        Question("B3.a", "Was the initial supervision plan of satisfactory overall quality?")
        // seed:002 L197: 90% (2004: 45%)
        Question(
          "B3.b",
          "Did the objectives of the initial supervision plan match the offender's risk and needs?")
        // seed:002 L198: 55% of applicable cases (2004: 33%)
        Question(
          "B3.c",
          "Were assessments by other agencies and MAPPA integrated into the supervision plan?"
        )
        .relevant(when: .attribute("agency_assessments", is: "yes"))
        // seed:002 L199: 75% (2004: 52%); high-risk 65%
        Question("B3.d", "Did the initial supervision plan contain SMART objectives?")
        // seed:002 L200: 53% (2004: 56%)
        Question(
          "B3.e", "Was liaison with other agencies outlined satisfactorily in OASys at the outset?")
        // seed:002 L200: 48% (2004: 56%)
        Question("B3.f", "Were diversity issues outlined satisfactorily in OASys at the outset?")
      }
    }

    Section("C", "Quality of Interventions") {  // seed:002 L58, L208
      Criterion(
        "C2", "Delivering appropriate supervision",  // seed:002 L210
        standard: "Interventions are delivered to achieve the objectives identified in the ISP "
          + "and recorded according to the requirements of national standards. Supervision is "
          + "prioritised according to an ongoing assessment of risk and need and takes account "
          + "of previous reviews and work already undertaken by the area and other agencies. Case "
          + "managers oversee and coordinate the work of other staff and partner organisations "
          + "and all staff play an active part in motivating and supporting offenders throughout "
          + "their supervision."  // seed:002 L215
      ) {
        // seed:002 L217: 65% (2004: 23%)
        Question(
          "C2.a", "Was progress against objectives reviewed in line with national standards?")
        // seed:002 L217: 65% (2004: 35%)
        Question("C2.b", "Did the supervision plan reviews contain SMART objectives?")
        // seed:002 L218: 94% (2004: 78%); high-risk 92% (2004: 93%)
        Question(
          "C2.c", "Were the additional requirements of the order or licence adequately implemented?"
        )
        .relevant(when: .attribute("additional_requirements", is: "yes"))
        // seed:002 L219: 86% (2004: 76%); high-risk 91% (2004: 86%)
        Question(
          "C2.d",
          "Was liaison between probation staff and others delivering interventions satisfactory?")
        // seed:002 L220: 43% (2004: 33%), "these high-risk cases"
        Question(
          "C2.e",
          "Were the risk management plan and MAPPA work integrated into the supervision plan "
            + "reviews?"
        )
        .relevant(when: .attribute("roh", is: "high", "very high"))
      }
      Criterion(
        "C5", "Management of risk of harm",  // seed:002 L226
        standard: "Risk of harm is actively managed in consultation with other agencies."  // L231
      ) {
        // seed:002 L233: 90% (2004: 80%)
        Question(
          "C5.a", "Did the level of interventions match the risk of harm assessment?")
        // seed:002 L236: 92% of applicable cases (2004: 77%)
        Question(
          "C5.b", "Was probation's involvement in child protection arrangements satisfactory?"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:002 L237: 64% (2004: 61%); high-risk 70% (2004: 62%)
        Question("C5.c", "Were potential changes in risk of harm identified and addressed?")
        // seed:002 L238: 59% (2004: 41%)
        Question("C5.d", "Was management oversight of the ongoing case management satisfactory?")
        // seed:002 L239: 42% (2004: 26%)
        Question("C5.e", "Was an adequate inter-agency risk management plan produced?")
        // seed:002 L239: 40% (2004: 17%)
        Question("C5.f", "Was the inter-agency risk management plan reviewed comprehensively?")
      }
    }
  }
}
