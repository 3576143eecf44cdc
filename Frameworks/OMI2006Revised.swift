import InspectionDSL

/// The id of the Cheshire report, which every item of both 2006 listings cites.
private let cheshire = OffenderManagementInspection.Report.cheshire.source

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), version 2006.2: ``omi2006`` with the answer scales
  /// the Cheshire report prints.
  ///
  /// Everything not listed here is ``omi2006`` (version 2006) unchanged. The compiled document
  /// records ``omi2006`` as its base and lists the changes in words (`inspect show OMI@2006.2`,
  /// `inspect diff OMI@2006 OMI@2006.2`).
  ///
  /// **Why a new version.** Twice the Cheshire report prints a result over three categories for
  /// one check, where version 2006 declared a yes/no question that kept one cut of it. This
  /// version declares each on its printed scale:
  /// - 1.2.c, the RoH assessment (scale `roh-assessment`: completed with a clear level /
  ///   completed, level unclear / not completed). General criterion 1.2, Areas for
  ///   Improvement (a): "In ten cases there was no RoH assessment and in a further case, where an
  ///   assessment had been completed, it was not clear what the assessed level was." An inferred
  ///   rule: the report lists both lower categories as shortfalls. The cut changes: the case
  ///   with an unclear level is now below the line (11 of 100 below, was 10).
  /// - 3.1.b, further offending (scale `further-offence`: neither / cautioned / convicted).
  ///   General criterion 3.1, Strengths (b): "Nineteen offenders had been reconvicted since the
  ///   start of their sentence with a further four cautioned." An inferred rule: a caution counts
  ///   against the outcome, as OMI's own measure of it did ("had not been cautioned or
  ///   convicted", West Mercia, November 2008, 3.1 (b)). The cut changes: 23 of 100 below the
  ///   line, was 19.
  ///
  /// Ids are kept. **Question count** unchanged: 157 (`inspect provenance OMI@2006.2`).
  ///
  /// Nothing else in the Cheshire report prints categories for one check: its other findings
  /// give one share, or two checks side by side ("prepare ... and reinforce ... in 88% and
  /// 79%"), or a count of offender managers per case (22 one, 59 two), which describes the
  /// sample rather than judging work.
  ///
  /// ``omi2006`` stays in the catalog so that samples and scores recorded under it can be read
  /// and rescored; `OMI@2006 → OMI@2006.2` carries every question whose cut is unchanged.
  public static let omi2006Revised = Framework(
    "OMI", version: "2006.2", title: "Offender Management Inspection", basedOn: omi2006
  ) {
    Historical()
    OMI2006Revision.declarations
    OMI2006Revision.replacements
  }

  /// Offender Management Inspection (OMI), Appendix 3 listing, version 2006.2-appendix3:
  /// ``omi2006Appendix`` with the same two printed scales as ``omi2006Revised``.
  ///
  /// The appendix listing takes its 1.2 and 3.1 questions from the report body, so the body's
  /// two changes apply to it unchanged: 1.2.c on the `roh-assessment` scale and 3.1.b on the
  /// `further-offence` scale (see ``omi2006Revised`` for the findings and the rules). Ids are
  /// kept. **Question count** unchanged: 155 (`inspect provenance OMI@2006.2-appendix3`).
  ///
  /// ``omi2006Appendix`` stays in the catalog; `OMI@2006-appendix3 → OMI@2006.2-appendix3`
  /// carries every question whose cut is unchanged.
  public static let omi2006AppendixRevised = Framework(
    "OMI", version: "2006.2-appendix3",
    title: "Offender Management Inspection (Appendix 3 listing)", basedOn: omi2006Appendix
  ) {
    Historical()
    OMI2006Revision.declarations
    OMI2006Revision.replacements
  }
}

/// The changes both 2006 listings make in version 2006.2: two questions on printed scales.
enum OMI2006Revision {
  /// The assumption and the two scales, added after the base's own.
  static var declarations: DeclarationGroup {
    DeclarationGroup([
      Assumption(
        "Where the report prints a result over several categories for one check, the question "
          + "takes that scale; which categories are above the line is stated on each scale, "
          + "with its authority."),
      AnswerScale("roh-assessment", "RoH assessment") {
        Option("completed", "Completed, with a clear level", .sufficient)
        Option("unclear", "Completed, level unclear", .insufficient)
        Option("not-completed", "Not completed", .insufficient)
        Option("na", "Not applicable", .notRelevant)
      }
      .from(
        cheshire, at: "General criterion 1.2, Areas for improvement (a)",
        basis: .inferredRule(
          reproduces: "the report's shortfall: ten cases with no RoH assessment and a further "
            + "case whose assessed level was not clear, listed together as areas for improvement"
        ),
        quote: "In ten cases there was no RoH assessment and in a further case, where an "
          + "assessment had been completed, it was not clear what the assessed level was",
        note: "The three categories are the report's; option codes and 'not applicable' are ours."
      ),
      AnswerScale("further-offence", "Further offending since the start of the sentence") {
        Option("neither", "Neither cautioned nor convicted", .sufficient)
        Option("cautioned", "Cautioned", .insufficient)
        Option("convicted", "Reconvicted", .insufficient)
        Option("na", "Not applicable", .notRelevant)
      }
      .from(
        cheshire, at: "General criterion 3.1, Strengths (b)",
        basis: .inferredRule(
          reproduces: "OMI's own measure of this outcome, printed in the programme's 2008 report "
            + "(West Mercia, 3.1 (b)) as the share 'not cautioned or convicted'; here 19 "
            + "reconvicted and a further four cautioned of 100 cases, 77 above the line"),
        quote: "Nineteen offenders had been reconvicted since the start of their sentence with a "
          + "further four cautioned",
        note: "The categories are the report's; counting a caution against the outcome is read "
          + "from the 2008 report of the same programme. Codes and 'not applicable' are ours."),
    ])
  }

  /// The two questions, on their printed scales, in place of the base's.
  static var replacements: [any DerivationComponent] {
    [
      Replace(
        "1.2.c",
        with: Question(
          "1.2.c", "Was a RoH assessment completed, with a clear assessed level?",
          scale: "roh-assessment", themes: "RoH"
        )
        .measures("roh-assessment-completed-clear-level", .exact)
        .measures("roh-assessment-completed", .broader)
        .from(
          cheshire, at: "General criterion 1.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "In ten cases there was no RoH assessment and in a further case, where an "
            + "assessment had been completed, it was not clear what the assessed level was")),
      Replace(
        "3.1.b",
        with: Question(
          "3.1.b",
          "Since the start of the sentence, has the offender been cautioned for, or reconvicted "
            + "of, an offence?",
          scale: "further-offence"
        )
        .measures("outcome-no-further-offence", .exact)
        .measures("outcome-no-reconviction", .broader)
        .from(
          cheshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
          quote: "Nineteen offenders had been reconvicted since the start of their sentence with "
            + "a further four cautioned")),
    ]
  }
}
