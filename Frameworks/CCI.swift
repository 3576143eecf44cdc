import InspectionDSL

/// The ids of CCI's sources: the CCI reports and the 2013-14 annual report.
private let cciReport = "cci-reports-2011-2012"
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// Core Case Inspection of youth offending work (CCI), 2009–12: three headline scores —
  /// Safeguarding, Risk of Harm to others, Likelihood of Reoffending — each with a
  /// MINIMUM…DRASTIC improvement comment.
  ///
  /// **Period.** April 2009 to spring 2012, every Youth Offending Service in England and Wales;
  /// the HM Inspectorate of Probation Annual Report 2013–14 lists the programme's aggregate report,
  /// 2009–2012 (Appendix B), and says its results feed FJI targeting (paragraph 4.2).
  ///
  /// **Sources.** HM Inspectorate of Probation's Core Case Inspection reports on individual Youth
  /// Offending Services (Brent 2011, Bexley 2012, Newham 2012, Kent), each with a "Scoring and
  /// Summary Table"; the Annual Report 2013–14. Every item cites its source
  /// (`inspect provenance CCI`).
  ///
  /// **Faithful.** The three headline scores and their titles; what each measures (how often
  /// the work was done well enough: safeguarding as action to protect the young person, risk
  /// of harm to others as action to protect the public); the MINIMUM / MODERATE / SUBSTANTIAL /
  /// DRASTIC improvement comments of the "Scoring and Summary Table", declared as a judgement
  /// scale because no fixed thresholds reproduce them (Kent: 59% and 53% SUBSTANTIAL, 68%
  /// MODERATE).
  ///
  /// **Assumptions** (the section, criteria, questions and rules are placeholders of ours).
  /// - One section and one criterion per headline, each with a single stand-in question
  ///   ("was the work done well enough?") carrying its theme, so that the headline scores are
  ///   computable. These are not CCI's questions: the tool could not be read.
  /// - The section title "Core case work" is ours.
  /// - A headline is the mean of the questions carrying its theme (as in OMI2).
  ///
  /// **Not recovered.** The CCI criteria, question tool and scoring appendix; case attributes and
  /// applicability; any advisory rule behind the comments (distance from the programme average
  /// has been suggested, unproven).
  public static let cci = Framework(
    "CCI", version: "2009", title: "Core Case Inspection of youth offending work"
  ) {
    Period("2009", to: "2012")
    Summary(
      "Every Youth Offending Service visited once, April 2009 to spring 2012. Inspectors and "
        + "local assessors read a sample of cases and interviewed the case managers; each "
        + "report scored how often safeguarding, risk of harm to others and likelihood of "
        + "reoffending work was done well enough, with a comment on the improvement required.")
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    Source(
      id: cciReport, publisher: "HM Inspectorate of Probation",
      title: "Core Case Inspection of youth offending work in England and Wales: reports on youth "
        + "offending work in Brent, Bexley, Newham and Kent",
      date: "2011-2012",
      reference: "HM Inspectorate of Probation, previous youth offending inspection work (Core "
        + "Case Inspection reports, 2009-2012)",
      url: "https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/"
        + "about-our-work/youth-inspection-programmes/previous-youth-offending-inspection-work",
      note: "Each report's Scoring and Summary Table: the three headline scores, each with a "
        + "MINIMUM to DRASTIC comment.")
    PublishedSources.annualReport2013to14(
      note: "Paragraph 4.2: CCI results (2009-2012) inform FJI targeting. Appendix B: the CCI "
        + "aggregate report, 2009-2012 (May 2013).")
    Assumption(
      "One criterion per headline, each with one stand-in question carrying its theme, so that "
        + "the headline scores are computable; the CCI question tool could not be read.")
    Assumption("The section title 'Core case work' is ours.")
    Assumption("A headline is the mean of the questions carrying its theme, as in OMI2.")
    Assumption(
      "The MINIMUM…DRASTIC comments are judgements: no fixed cut-offs reproduce the published "
        + "ones (Kent 59% and 53% SUBSTANTIAL, 68% MODERATE).")
    AnswerScale.yesNo()
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .reportProse,
        note: "Each score is how often the work was done well enough; the options are ours.")
    Presentation(displayDecimals: 0)

    Theme("Safeguarding", "Safeguarding")
    Theme("RoH", "Risk of Harm to others")
    Theme("LoR", "Likelihood of Reoffending")

    JudgementScale("improvement", "Improvement required") {
      Label("minimum", "MINIMUM", meaning: "Minimum improvement required")
      Label("moderate", "MODERATE", meaning: "Moderate improvement required")
      Label("substantial", "SUBSTANTIAL", meaning: "Substantial improvement required")
      Label("drastic", "DRASTIC", meaning: "Drastic improvement required")
    }
    .from(
      cciReport, at: "Scoring and Summary Table", basis: .printedInWords,
      note: "Each score carries a comment, MINIMUM, MODERATE, SUBSTANTIAL or DRASTIC improvement "
        + "required; no fixed cut-offs reproduce the published comments (Kent: 59% and 53% "
        + "SUBSTANTIAL, 68% MODERATE).")

    Section("1", "Core case work") {
      Criterion("1.1", "Safeguarding", standard: "Action to protect the young person.") {
        Question(
          "1.1.a",
          "Was the safeguarding work (action to protect the young person) done well enough?",
          themes: "Safeguarding"
        )
        .measures("youth-cci-safeguarding-work", .exact)
        .from(
          cciReport, at: "Scoring and Summary Table", basis: .placeholder,
          note: "A stand-in of ours, so that the headline can be computed: the CCI question tool "
            + "could not be read.")
      }
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "One criterion per headline, ours: the CCI criteria were not recovered; the title "
          + "restates the headline's."
      )
      .rule(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The criterion has one stand-in question, so its score is that question's.")
      Criterion("1.2", "Risk of Harm to others", standard: "Action to protect the public.") {
        Question(
          "1.2.a",
          "Was the Risk of Harm to others work (action to protect the public) done well enough?",
          themes: "RoH"
        )
        .measures("youth-cci-roh-work", .exact)
        .from(
          cciReport, at: "Scoring and Summary Table", basis: .placeholder,
          note: "A stand-in of ours, so that the headline can be computed: the CCI question tool "
            + "could not be read.")
      }
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "One criterion per headline, ours: the CCI criteria were not recovered; the title "
          + "restates the headline's."
      )
      .rule(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The criterion has one stand-in question, so its score is that question's.")
      Criterion("1.3", "Likelihood of Reoffending") {
        Question(
          "1.3.a", "Was the Likelihood of Reoffending work done well enough?", themes: "LoR"
        )
        .measures("youth-cci-lor-work", .exact)
        .from(
          cciReport, at: "Scoring and Summary Table", basis: .placeholder,
          note: "A stand-in of ours, so that the headline can be computed: the CCI question tool "
            + "could not be read.")
      }
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "One criterion per headline, ours: the CCI criteria were not recovered; the title "
          + "restates the headline's."
      )
      .rule(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The criterion has one stand-in question, so its score is that question's.")
    }
    .from(
      cciReport, at: "Scoring and Summary Table", basis: .placeholder,
      note: "The section and its title are ours."
    )
    .rule(
      from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
      note: "No section score is printed; the mean of the criteria is ours.")

    Headline("Safeguarding", "Safeguarding", theme: "Safeguarding", judgement: "improvement")
      .measures("youth-theme-safeguarding", .exact)
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .printedFigure,
        note: "Each CCI report prints this score (how often the work was done well enough) with a "
          + "comment; e.g. Brent 2011: Safeguarding 65%, Risk of Harm to others 59%, Likelihood of "
          + "Reoffending 62%."
      )
      .rule(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The CCI scoring appendix was not recovered; the mean of the questions carrying the "
          + "theme is ours, as in OMI2."
      )
      .membership(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The headline's one stand-in question carries its theme; which questions of the CCI "
          + "tool counted is not known.")
    Headline("RoH", "Risk of Harm to others", theme: "RoH", judgement: "improvement")
      .measures("youth-theme-roh", .exact)
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .printedFigure,
        note: "Each CCI report prints this score (how often the work was done well enough) with a "
          + "comment; e.g. Brent 2011: Safeguarding 65%, Risk of Harm to others 59%, Likelihood of "
          + "Reoffending 62%."
      )
      .rule(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The CCI scoring appendix was not recovered; the mean of the questions carrying the "
          + "theme is ours, as in OMI2."
      )
      .membership(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The headline's one stand-in question carries its theme; which questions of the CCI "
          + "tool counted is not known.")
    Headline("LoR", "Likelihood of Reoffending", theme: "LoR", judgement: "improvement")
      .measures("youth-theme-lor", .exact)
      .from(
        cciReport, at: "Scoring and Summary Table", basis: .printedFigure,
        note: "Each CCI report prints this score (how often the work was done well enough) with a "
          + "comment; e.g. Brent 2011: Safeguarding 65%, Risk of Harm to others 59%, Likelihood of "
          + "Reoffending 62%."
      )
      .rule(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The CCI scoring appendix was not recovered; the mean of the questions carrying the "
          + "theme is ours, as in OMI2."
      )
      .membership(
        from: cciReport, at: "Scoring and Summary Table", basis: .placeholder,
        note: "The headline's one stand-in question carries its theme; which questions of the CCI "
          + "tool counted is not known.")
  }
}
