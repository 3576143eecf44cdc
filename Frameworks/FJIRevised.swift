import InspectionDSL

/// The id of the annual report, which FJI's items cite.
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// Full Joint Inspection of youth offending work (FJI), version 2012.2: the question bank by
  /// theme (``YouthQuestionBank``) under the pre-2013 star descriptors (**** very good, *** good,
  /// ** unsatisfactory, * poor).
  ///
  /// Identical to ``fji2013Revised`` except for what the stars are called (see ``fji2012`` for
  /// why the descriptors make a version). Supersedes ``fji2012``.
  public static let fji2012Revised = fullJointInspectionBank(
    version: "2012.2", from: "2012", to: "2013", descriptors: .before2013,
    preDescriptorChange: true)

  /// Full Joint Inspection of youth offending work (FJI), version 2013.2: the one case
  /// assessment tool of the 2012–15 youth inspections, declared as a question bank organised
  /// by the four themes, with theme scores and stars (**** good, *** satisfactory,
  /// ** unsatisfactory, * poor) and governance judged by stars. ``sqsRevised`` takes a declared
  /// subset of its questions.
  ///
  /// **Why a new version.** ``fji2013`` (version 2013) declared the practice questions in
  /// practice-area sections shared with a separate SQS question set. HMI Probation's programme
  /// page says one case assessment tool served both programmes, "with SQS using a subset of the
  /// questions", and that the published criteria were organised by the four themes. This
  /// version is that bank:
  /// - **Sections 1–4 are the themes** (Annual Report 2013–14, paragraph 4.1), each holding the
  ///   practice areas of the SQS key findings as they concern the theme (paragraph 4.3) and the
  ///   theme's initial outcomes (paragraph 4.4); **section 5** is the management of practice
  ///   (paragraph 4.4, tied to no theme); **section 6** governance and leadership (judged).
  /// - **Ids** are new, because every question moved into its theme: practice 1.1.a → 1.1.a,
  ///   1.1.b → 1.1.b, 1.1.c → 2.1.a, 1.1.d → 3.1.a, 1.1.e → 4.1.a; assessments 1.2.a → 1.2.a,
  ///   1.2.b → 2.2.a, 1.2.c → 3.2.a, 1.2.d → 1.2.b; planning 1.3.a–c → 1.3.a–c, 1.3.d → 2.3.a,
  ///   1.3.e → 2.3.b, 1.3.f → 3.3.a; reviews 1.4.a–c → 1.4, 2.4 and 3.4 (a–c, one set per
  ///   theme); oversight 1.5.a → 2.5.a, 1.5.b → 3.5.a, 1.5.c → 2.5.b and 3.5.b; engagement
  ///   1.6.a–d → 4.1.b–e; outcomes 2.1.a–b → 1.5.a–b, 2.8.a → 1.5.c, 2.6.a → 2.6.a, 2.7.a →
  ///   3.6.a, 2.2.a → 3.6.b, 2.5.a → 4.2.a, 2.4.a → 4.2.b, 2.3.a → 4.2.c; management 3.x → 5.x;
  ///   governance 4.1 → 6.1. `Frameworks/Crosswalks/YouthRevisions.swift` records the mapping.
  /// - **Question count** 47 (was 40): the three review questions, which version 2013 tagged
  ///   with three themes, are asked once per theme (+6), and "were the issues managers identified
  ///   remedied", tagged with two, once for each (+1). `inspect provenance FJI`: 47 from report
  ///   prose.
  /// - **Themes**: every question carries its section's theme. The PSR's overall quality (was
  ///   untagged) now counts towards reducing reoffending and the family's involvement in the PSR
  ///   (was untagged) towards ensuring the sentence is served (assumptions).
  /// - **Compliance** (4.2.a) is on the printed scale: complied fully / after initial
  ///   difficulties / did not comply, the first two above the line ("the quality of compliance
  ///   (fully or after initial difficulties)", paragraph 4.4, a stated rule).
  /// - **Theme scores** pool the theme's questions (sufficient judgements over relevant
  ///   judgements), so a theme's section score and its headline agree; version 2013 averaged
  ///   question scores. Both are ours: the report states no formula, but reads a theme's
  ///   percentage as how much of the work was sufficient ("only two-thirds sufficient").
  ///
  /// **Star bands (an inferred rule)**, sources, descriptors and governance are as in
  /// ``fji2013``: **** ≥ 80, *** 65–79, ** 50–64, * < 50 on the displayed whole percentage fit
  /// 23 of the 24 published cells; Croydon's "protecting the child or young person 55% ***" is
  /// kept as a published override in `Examples/Published/FJI-AnnualReport-2013-14.json`.
  ///
  /// **Not recovered.** The FJI/SQS case assessment tool and its guidance (questions, answer
  /// options, which questions SQS used); the published criteria's wording and numbering; the
  /// governance module's criteria (only its stars are published); the "interventions module"
  /// (paragraph 4.4); partner inspectorates' contributions. ``fji2013`` stays in the catalog so
  /// that samples and scores recorded under it can be read and rescored.
  public static let fji2013Revised = fullJointInspectionBank(
    version: "2013.2", from: "2013", to: "2015", descriptors: .from2013,
    preDescriptorChange: false)

  /// One FJI bank version; the versions differ only in the star descriptors.
  private static func fullJointInspectionBank(
    version: String, from: String, to: String, descriptors: FullJointInspection.Descriptors,
    preDescriptorChange: Bool
  ) -> Framework {
    Framework("FJI", version: version, title: "Full Joint Inspection of youth offending work") {
      Period(from, to: to)
      FullJointInspection.summary
      Historical()
      Concepts(from: FrameworkCatalog.concepts)
      FullJointInspection.sources(
        preDescriptorChange: preDescriptorChange,
        programmePageNote: "One case assessment tool for FJI and SQS, 'with SQS using a subset "
          + "of the questions'; the published criteria were organised by the four themes.")
      FullJointInspection.yesNo
      YouthQuestionBank.complianceScale
      Assumption(
        "Star cut-offs **** >= 80, *** 65-79, ** 50-64, * < 50 on the displayed whole "
          + "percentage are inferred from the 2013-14 table (23 of 24 cells fit); they are not "
          + "published.")
      if preDescriptorChange {
        Assumption(
          "Pre-2013 descriptors: **** very good (HMI Probation press release on Warwickshire, "
            + "January 2013), *** good, ** unsatisfactory, * poor (CYP Now on Croydon, 2013).")
        Assumption(
          "The 2013 change renamed the bands and kept their cut-offs: it recognised that work "
            + "'only two-thirds sufficient' (the *** floor) could not be called good.")
      }
      YouthQuestionBank.assumptions
      Assumption(
        "Initial outcomes sit under the theme they concern: frequency, seriousness and "
          + "sustainability under reducing reoffending; risk of harm to others under protecting "
          + "the public; safety and health and well-being under protecting the child; "
          + "compliance, engagement with the sentence's requirements and diversity under "
          + "ensuring the sentence is served.")
      Assumption(
        "Findings the report gives as a range across YOTs (reduction in frequency and "
          + "seriousness of offending, compliance) are each one question per case.")
      Assumption(
        "Management of practice is asked per case, in the case manager interview, and counts "
          + "towards no theme; the report gives these findings per YOT only.")
      Assumption(
        "Governance is judged by inspectors on the star scale: the report prints stars and no "
          + "percentage for it.")
      Presentation(displayDecimals: 0)

      YouthInspection.attributes
      YouthInspection.themes

      FullJointInspection.starScales(descriptors, preDescriptorChange: preDescriptorChange)

      YouthQuestionBank.reducingReoffending
      YouthQuestionBank.protectingThePublic
      YouthQuestionBank.protectingTheChild
      YouthQuestionBank.servingTheSentence
      YouthQuestionBank.managementOfPracticeSection

      Section("6", "Governance and leadership") {
        Criterion("6.1", "Governance", judgement: "governance-stars")
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14 (Governance row)",
            basis: .printedFigure,
            note: "The table prints stars and no percentage for governance, so it is judged.")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
        quote: "the FJI has an additional section on governance and leadership")

      fjiThemeHeadline("LoR", "Reducing the likelihood of reoffending", section: "1")
      fjiThemeHeadline("RoH", "Protecting the public", section: "2")
      fjiThemeHeadline("Safeguarding", "Protecting the child or young person", section: "3")
      fjiThemeHeadline("CE", "Ensuring the sentence is served", section: "4")
    }
  }

  /// A theme's published score: its section's questions, pooled, banded in stars.
  private static func fjiThemeHeadline(
    _ id: String, _ title: String, section: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Headline {
    Headline(
      id, title, theme: id, sections: section, rule: .pooledQuestions, grade: "stars",
      fileID: fileID, line: line, column: column
    )
    .measures("youth-theme-\(YouthQuestionBank.themeConcept(id))", .exact)
    .from(
      annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
      basis: .printedFigure, note: "A percentage and stars for each of six YOTs."
    )
    .rule(
      from: annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
      basis: .placeholder,
      quote: "work could not be described as 'good' if it was only two-thirds sufficient",
      note: "The report states no formula; pooling the theme's questions (sufficient judgements "
        + "over relevant judgements) is ours."
    )
    .membership(
      from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
      note: "The report names the four themes and the criteria were organised by them; which "
        + "questions sit under each theme is ours, by each question's subject: the questions "
        + "of the theme's section.")
  }
}
