import InspectionDSL

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), as Appendix 3 of the 2006 Cheshire report lists it.
  ///
  /// Period: as ``omi2006``, May 2006 to 2009 (seed:004 L816). This variant has no separate period:
  /// the report does not say when, or whether, an inspection was scored this way.
  ///
  /// Source: `seeds/004_771f4cc1cd8126c3.txt`, Appendix 3, "Scoring approach" (L835-881), which
  /// names the criteria the scores are assigned to.
  ///
  /// Why a version of its own: the appendix lists section 2 as five criteria (2.1 Protecting the
  /// public, 2.2 Victims, 2.3 Promoting compliance, 2.4 Delivering interventions, 2.5 Diversity
  /// needs; L851-857), where the body of the same report scores seven (2.1-2.7). It also calls 3.1
  /// "Interventions are delivered with the desired outcomes" (L861) and 4.3 "Resource allocation"
  /// (L876). The report printed no score under this numbering. The 2008 report's appendix (seed:000
  /// L860-900) agrees with the bodies of both reports. This listing is kept so that both readings
  /// of the 2006 report stand side by side (domain.md section 2; seed-facts-notes.md, inconsistency
  /// 1). ``omi2006`` is the version the report applied.
  ///
  /// Faithful: ids and titles are the appendix's own. Scoring rules are those the appendix states:
  /// 80/20 criteria (L864), mean-of-criteria sections (L866), the RoH thread over sections 1 and 2
  /// (L868) and section 4 grades (L881). Section 1, criterion 3.2 and section 4 repeat ``omi2006``,
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
    OffenderManagementInspection.programme
    Source(
      "A report on Offender Management in Cheshire (HMI Probation, August 2006)",
      reference: "seeds/004_771f4cc1cd8126c3.txt",
      note: "Appendix 3 (scoring approach): criteria as listed there.")
    omi2006Assumptions
    Assumption(
      "Appendix 3 gives titles only for its section 2 (seed:004 L851-857); its criteria "
        + "take the questions of the body criteria matching their titles: 2.1 from body 2.2 and "
        + "2.6, 2.2 from 2.3, 2.3 from 2.4, 2.4 from 2.1 and 2.5, 2.5 from 2.7.")
    Assumption(
      "The appendix's 3.1 'Interventions are delivered with the desired outcomes' keeps "
        + "the body 3.1's questions and standard.")
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence")
    OffenderManagementInspection.caseAttributes()

    OffenderManagementInspection.themeAndScales

    // Sections 1, 3 and 4 are the body's, with 1.2, 3.1 and 4.3 under the appendix's titles.
    // Only section 2 is regrouped: its criteria take the individual questions of the body
    // criteria (see the assumptions), lettered anew, and a summary question of their own.
    Section("1", "Assessment and sentence planning") {
      omi2006PreparingForSentence
      omi2006RiskOfHarmAssessment.retitled("Assessment of risk of harm")  // seed:004 L847
      omi2006LikelihoodOfReoffendingAssessment
      omi2006OffenderEngagementAssessment
      omi2006SentencePlanning
    }

    Section("2", "Implementation of interventions") {
      Criterion(
        "2.1", "Protecting the public",
        // seed:004 L853; takes body criteria 2.2 and 2.6; no standard printed
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006ProtectingThePublic.individualQuestions.relettered(as: "2.1")
        omi2006RestrictiveInterventions.individualQuestions.relettered(as: "2.1", from: "m")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.1.s", "Overall, was sufficient action taken to protect the public?",
          themes: "RoH", role: .summary)
      }
      Criterion(
        "2.2", "Victims",
        // seed:004 L493: the standard of body criterion 2.3
        standard: OffenderManagementInspection.victims.standard,
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006Victims.individualQuestions.relettered(as: "2.2")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.2.s", "Overall, was consistent attention given to issues concerning victims?",
          role: .summary)
      }
      Criterion(
        "2.3", "Promoting compliance",
        // seed:004 L507: the standard of body criterion 2.4
        standard: OffenderManagementInspection.containmentAndCompliance.standard,
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006ContainmentAndCompliance.individualQuestions.relettered(as: "2.3")
        // Summary question required by the 80/20 method; no printed finding.
        Question("2.3.s", "Overall, was the work to promote compliance sufficient?", role: .summary)
      }
      Criterion(
        "2.4", "Delivering interventions",
        // seed:004 L856; takes body criteria 2.1 and 2.5; no standard printed
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006DeliveringTheSentencePlan.individualQuestions.relettered(as: "2.4")
        omi2006ConstructiveInterventions.individualQuestions.relettered(as: "2.4", from: "o")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.4.s", "Overall, was the work in delivering interventions sufficient?",
          role: .summary)
      }
      Criterion(
        "2.5", "Diversity needs",
        // seed:004 L572: the standard of body criterion 2.7
        standard: OffenderManagementInspection.diversityIssues.standard,
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        omi2006DiversityIssues.individualQuestions.relettered(as: "2.5")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.5.s", "Overall, was sufficient attention paid to diversity needs?",
          role: .summary)
      }
    }

    Section("3", "Achievement and monitoring of outcomes") {
      // seed:004 L861
      omi2006InitialOutcomes.retitled("Interventions are delivered with the desired outcomes")
      omi2006SustainabilityOfProgress
    }

    OffenderManagementInspection.leadershipSection
      .retitling("4.3", as: "Resource allocation")  // seed:004 L876

    Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
  }
}

extension Criterion {
  /// The criterion under the title another listing gives it.
  fileprivate func retitled(_ title: String) -> Criterion {
    Criterion(
      id, title, standard: standard, rule: rule, weight: weight, grade: grade,
      judgement: judgement, fileID: location.file, line: location.line, column: location.column
    ) { questions }
  }

  /// The criterion's individual questions, without its summary question.
  fileprivate var individualQuestions: [Question] { questions.filter { $0.role == .individual } }
}

extension Section {
  /// The section with criterion `criterionID` under the title another listing gives it.
  fileprivate func retitling(_ criterionID: String, as title: String) -> Section {
    Section(
      id, self.title, standard: standard, rule: rule, weight: weight, grade: grade,
      judgement: judgement, fileID: location.file, line: location.line, column: location.column
    ) { criteria.map { $0.id == criterionID ? $0.retitled(title) : $0 } }
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
