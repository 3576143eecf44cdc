import InspectionDSL

/// The id of the Cheshire report, which every item of this framework cites.
private let cheshire = OffenderManagementInspection.Report.cheshire.source

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), as Appendix 3 of the 2006 Cheshire report lists it.
  ///
  /// **Superseded by ``omi2006AppendixRevised``** (version 2006.2-appendix3); kept so that
  /// samples and scores recorded under it can be read and scored again (`docs/versions.md`).
  ///
  /// Period: as ``omi2006``, May 2006 to 2009 (Appendix 2). This variant has no separate period:
  /// the report does not say when, or whether, an inspection was scored this way.
  ///
  /// Source: HM Inspectorate of Probation, *A report on Offender Management in Cheshire* (August
  /// 2006), Appendix 3, "Scoring approach", which names the criteria the scores are assigned to;
  /// questions cite the body's findings as in ``omi2006``.
  ///
  /// Why a version of its own: the appendix lists section 2 as five criteria (2.1 Protecting the
  /// public, 2.2 Victims, 2.3 Promoting compliance, 2.4 Delivering interventions, 2.5 Diversity
  /// needs), where the body of the same report scores seven (2.1-2.7). It also calls 3.1
  /// "Interventions are delivered with the desired outcomes" and 4.3 "Resource allocation". The
  /// report printed no score under this numbering. The 2008 report's appendix (West Mercia,
  /// Appendix 4) agrees with the bodies of both reports. This listing is kept so that both
  /// readings of the 2006 report stand side by side. ``omi2006`` is the version the report
  /// applied.
  ///
  /// Faithful: ids and titles are the appendix's own. Scoring rules are those the appendix states:
  /// 80/20 criteria, mean-of-criteria sections, the RoH thread over sections 1 and 2 and section 4
  /// grades. Section 1, criterion 3.2 and section 4 repeat ``omi2006``,
  /// apart from 4.3's title.
  ///
  /// Assumptions: the appendix gives titles only, and no questions are recorded under its section
  /// 2. Its five criteria therefore take the questions of the body criteria that match their
  /// titles. 2.1 Protecting the public takes body 2.2 (protecting the public) and 2.6 (restrictive
  /// interventions). 2.2 Victims takes body 2.3. 2.3 Promoting compliance takes body 2.4. 2.4
  /// Delivering interventions takes body 2.1 (delivering the sentence plan) and 2.5 (constructive
  /// interventions). 2.5 Diversity needs takes body 2.7. Each has one summary question of our
  /// wording. A criterion that matches exactly one body criterion borrows its standard; 2.1 and 2.4
  /// have none. 3.1 keeps the body's questions and standard under the appendix's title. The other
  /// assumptions are those of ``omi2006``.
  ///
  /// Not recovered: whether this listing was an earlier design of the tool, a later one or a
  /// drafting slip; any standard for the appendix's section 2 criteria; everything ``omi2006``
  /// lists as not recovered.
  public static let omi2006Appendix = Framework(
    "OMI", version: "2006-appendix3", title: "Offender Management Inspection (Appendix 3 listing)"
  ) {
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    OffenderManagementInspection.programme
    cheshireReport
    omi2006Assumptions
    Assumption(
      "Appendix 3 gives titles only for its section 2; its criteria "
        + "take the questions of the body criteria matching their titles: 2.1 from body 2.2 and "
        + "2.6, 2.2 from 2.3, 2.3 from 2.4, 2.4 from 2.1 and 2.5, 2.5 from 2.7.")
    Assumption(
      "The appendix's 3.1 'Interventions are delivered with the desired outcomes' keeps "
        + "the body 3.1's questions and standard.")
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence")
    OffenderManagementInspection.caseAttributes()

    OffenderManagementInspection.themeAndScales(.cheshire)

    // Sections 1, 3 and 4 are the body's, with 1.2, 3.1 and 4.3 under the appendix's titles.
    // Only section 2 is regrouped: its criteria take the individual questions of the body
    // criteria (see the assumptions), lettered anew, and a summary question of their own.
    Section("1", "Assessment and sentence planning") {
      omi2006PreparingForSentence
      omi2006RiskOfHarmAssessment.retitled(
        "Assessment of risk of harm", at: "Appendix 3, Scoring approach")
      omi2006LikelihoodOfReoffendingAssessment
      omi2006OffenderEngagementAssessment
      omi2006SentencePlanning
    }
    .measures("sec-assessment-and-planning", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
      note: "The section as Appendix 3 lists it; no score is printed under this listing."
    )
    .rule(
      from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("2", "Implementation of interventions") {
      Criterion(
        "2.1", "Protecting the public",
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006ProtectingThePublic.individualQuestions.relettered(as: "2.1")
        omi2006RestrictiveInterventions.individualQuestions.relettered(as: "2.1", from: "m")
        Question(
          "2.1.s", "Overall, was sufficient action taken to protect the public?",
          themes: "RoH", role: .summary
        )
        .measures("criterion-protecting-public-overall", .exact)
        .from(
          cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .measures("crit-protecting-public", .exact)
      .from(
        cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
        note: "Listed by title only, as section 2's criterion 2.1; it takes the questions of body "
          + "criteria 2.2 and 2.6 (an assumption); no standard is printed."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "the results for the individual questions and for the summary question are weighted "
          + "80/20")
      Criterion(
        "2.2", "Victims",
        standard: OffenderManagementInspection.victims.standard,
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006Victims.individualQuestions.relettered(as: "2.2")
        Question(
          "2.2.s", "Overall, was consistent attention given to issues concerning victims?",
          role: .summary
        )
        .measures("criterion-victims-overall", .exact)
        .from(
          cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .measures("crit-victims", .exact)
      .from(
        cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
        note: "Listed by title only, as section 2's criterion 2.2; it takes the questions of body "
          + "criteria 2.3 (an assumption); the standard is body criterion 2.3's."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "the results for the individual questions and for the summary question are weighted "
          + "80/20")
      Criterion(
        "2.3", "Promoting compliance",
        standard: OffenderManagementInspection.containmentAndCompliance.standard,
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006ContainmentAndCompliance.individualQuestions.relettered(as: "2.3")
        Question("2.3.s", "Overall, was the work to promote compliance sufficient?", role: .summary)
          .measures("criterion-compliance-overall", .exact)
          .from(
            cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
            note: "The 80/20 rule needs a summary question; its wording was not published and the "
              + "report prints no finding for it, so this one is ours.")
      }
      .measures("crit-compliance", .exact)
      .from(
        cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
        note: "Listed by title only, as section 2's criterion 2.3; it takes the questions of body "
          + "criteria 2.4 (an assumption); the standard is body criterion 2.4's."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "the results for the individual questions and for the summary question are weighted "
          + "80/20")
      Criterion(
        "2.4", "Delivering interventions",
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006DeliveringTheSentencePlan.individualQuestions.relettered(as: "2.4")
        omi2006ConstructiveInterventions.individualQuestions.relettered(as: "2.4", from: "o")
        Question(
          "2.4.s", "Overall, was the work in delivering interventions sufficient?",
          role: .summary
        )
        .measures("deliver-interventions-overall", .exact)
        .from(
          cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
        note: "Listed by title only, as section 2's criterion 2.4; it takes the questions of body "
          + "criteria 2.1 and 2.5 (an assumption); no standard is printed."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "the results for the individual questions and for the summary question are weighted "
          + "80/20")
      Criterion(
        "2.5", "Diversity needs",
        standard: OffenderManagementInspection.diversityIssues.standard,
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006DiversityIssues.individualQuestions.relettered(as: "2.5")
        Question(
          "2.5.s", "Overall, was sufficient attention paid to diversity needs?",
          role: .summary
        )
        .measures("criterion-diversity-overall", .exact)
        .from(
          cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .measures("crit-diversity", .exact)
      .from(
        cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
        note: "Listed by title only, as section 2's criterion 2.5; it takes the questions of body "
          + "criteria 2.7 (an assumption); the standard is body criterion 2.7's."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "the results for the individual questions and for the summary question are weighted "
          + "80/20")
    }
    .measures("sec-interventions", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
      note: "The section as Appendix 3 lists it; no score is printed under this listing."
    )
    .rule(
      from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("3", "Achievement and monitoring of outcomes") {
      omi2006InitialOutcomes.retitled(
        "Interventions are delivered with the desired outcomes", at: "Appendix 3, Scoring approach")
      omi2006SustainabilityOfProgress
    }
    .measures("sec-outcomes", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .printedInWords,
      note: "The section as Appendix 3 lists it; no score is printed under this listing."
    )
    .rule(
      from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    OffenderManagementInspection.leadershipSection(.cheshire)
      .retitling("4.3", as: "Resource allocation", at: "Appendix 3, Scoring approach")

    Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
      .measures("thread-risk-of-harm", .exact)
      .from(
        cheshire, at: "Summary of Scores, Table 2: Risk of Harm Thread", basis: .printedFigure,
        note: "Printed score 65%, computed under the body's criteria."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "The score for the “Risk of Harm Thread” is calculated as an average, over all the "
          + "questions in the Offender Management Tool in sections 1 and 2 relating to Risk of harm"
      )
      .membership(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        note:
          "The report states the scope (questions in sections 1 and 2 relating to Risk of Harm); "
          + "which questions those are is ours, by each question's subject: the tool's tags were "
          + "not published.")
  }
}

extension Criterion {
  /// The criterion under the title another listing gives it, citing that listing at `place` in
  /// the Cheshire report; its rule keeps its citation.
  fileprivate func retitled(_ title: String, at place: String) -> Criterion {
    var criterion = Criterion(
      id, title, standard: standard, rule: rule, weight: weight, grade: grade,
      judgement: judgement, fileID: location.file, line: location.line, column: location.column
    ) { questions }
    .from(
      cheshire, at: place, basis: .printedInWords,
      note: "The title is the appendix's; the standard and findings are those of body criterion "
        + "\(id).")
    if let ruleProvenance { criterion = criterion.rule(from: ruleProvenance) }
    return criterion
  }

  /// The criterion's individual questions, without its summary question.
  fileprivate var individualQuestions: [Question] { questions.filter { $0.role == .individual } }
}

extension Section {
  /// The section with criterion `criterionID` under the title another listing gives it, citing
  /// that listing at `place`; the section keeps its own citations.
  fileprivate func retitling(_ criterionID: String, as title: String, at place: String) -> Section {
    var section = Section(
      id, self.title, standard: standard, rule: rule, weight: weight, grade: grade,
      judgement: judgement, fileID: location.file, line: location.line, column: location.column
    ) { criteria.map { $0.id == criterionID ? $0.retitled(title, at: place) : $0 } }
    if let provenance { section = section.from(provenance) }
    if let ruleProvenance { section = section.rule(from: ruleProvenance) }
    return section
  }
}

extension [Question] {
  /// The questions under criterion `criterion`, lettered in order from `first`.
  ///
  /// The letter `s` is skipped: it names a criterion's summary question. Answer conditions
  /// between the questions follow them to their new ids. Past `z`, questions are numbered.
  fileprivate func relettered(as criterion: String, from first: Character = "a") -> [Question] {
    let letters = [Character]("abcdefghijklmnopqrtuvwxyz".drop { $0 != first })
    var newIDs: [String: String] = [:]
    for (index, question) in enumerated() {
      let letter = index < letters.count ? String(letters[index]) : "\(index)"
      newIDs[question.id] = "\(criterion).\(letter)"
    }
    return map { $0.renamed(newIDs) }
  }
}
