import InspectionDSL

/// Declarations shared by the Offender Management Inspection frameworks: the 2006 Cheshire
/// report as applied (``FrameworkCatalog/omi2006``) and as Appendix 3 lists it
/// (``FrameworkCatalog/omi2006Appendix``), and the 2008 West Mercia report
/// (``FrameworkCatalog/omi2008``). OMI2 (``FrameworkCatalog/omi2``) takes the case attributes.
///
/// Both OMI reports print the same criteria: ids, titles and one-line standards agree criterion
/// for criterion (the general criteria of both report bodies), and so do the scoring approach
/// (Cheshire, Appendix 3; West Mercia, Appendix 4) and the section 4 grades. What differs between
/// them is the sample and the case-level findings, so each framework declares its own questions
/// under the shared ``CriterionHeading``s, and cites its own report (``Report``). The case
/// attributes are ours (an assumption of every OMI framework); OMI2 uses the same names so that
/// samples and crosswalks line up.
///
/// ```swift
/// Section("1", "Assessment and sentence planning") {
///   Criterion(OffenderManagementInspection.preparingForSentence, in: .cheshire) {
///     Question("1.1.a", "Was a pre-sentence report (PSR) prepared for the current offence?")
///   }
/// }
/// ```
enum OffenderManagementInspection {
  /// One OMI report as the source of a framework: the id its items cite, where it states its
  /// scoring approach, and what the inferred conclusion bands reproduce in it.
  struct Report: Sendable {
    /// The id of the report's `Source`.
    let source: String
    /// The appendix that states the scoring approach, as the report heads it.
    let scoringAppendix: String
    /// What the conclusion bands reproduce among this report's printed conclusions.
    let conclusionsReproduced: String
    /// The report's section 4 grades (Table 1, Scoring of section 4), 4.1 to 4.6.
    let section4Grades: [String]

    /// The Cheshire report (August 2006).
    static let cheshire = Report(
      source: "cheshire-2006", scoringAppendix: "Appendix 3, Scoring approach",
      conclusionsReproduced: "13 of the 13 conclusions Cheshire prints with a score, and all 27 of "
        + "the Cheshire and West Mercia reports",
      section4Grades: [
        "Well met", "Well met", "Well met", "Satisfactorily met", "Well met", "Satisfactorily met",
      ])

    /// The West Mercia report (November 2008).
    static let westMercia = Report(
      source: "westmercia-2008", scoringAppendix: "Appendix 4, Scoring approach",
      conclusionsReproduced: "14 of the 14 conclusions West Mercia prints, and all 27 of the "
        + "Cheshire and West Mercia reports",
      section4Grades: [
        "Satisfactorily met", "Satisfactorily met", "Partly met", "Satisfactorily met", "Not met",
        "Partly met",
      ])
  }

  /// The programme's period (Cheshire, Appendix 2; West Mercia, Appendix 3) and summary.
  static var programme: [any FrameworkComponent] {
    [
      Period("2006-05", to: "2009"),
      Summary(
        "Case-sample inspection of offender management in probation areas. Each question is "
          + "scored as the share of relevant cases judged sufficient ('above the line'); criteria "
          + "weight individual and summary questions 80/20; sections average their criteria; a Risk "
          + "of Harm thread averages the RoH questions of sections 1 and 2; leadership (section 4) "
          + "is judged."),
    ]
  }

  /// What every OMI framework assumes where both reports are silent.
  static var assumptions: [any FrameworkComponent] {
    [
      Assumption(
        "Question texts are neutral restatements of the case-level findings the report "
          + "prints; the Offender Management Tool's own questions were not published, so only "
          + "questions with a printed finding are declared (each cites its finding)."),
      Assumption(
        "The 80/20 rule is read per criterion: 0.8 x the mean of the individual questions "
          + "+ 0.2 x the criterion's one summary question; the scoring appendix does not say "
          + "whether the weighting is per criterion or per case, and the per-case reading cannot "
          + "be tested."),
      Assumption(
        "The summary questions' wording is not published; each scored criterion gets one, "
          + "worded 'Overall, ...', with id <criterion>.s (individual questions skip the letter s)."
      ),
      Assumption(
        "Conclusion bands (good >= 70, priority 60-69, urgent < 60) are inferred: they "
          + "reproduce all 27 printed OMI conclusions. The displayed whole-number score is banded, "
          + "as the report prints it; banding the raw score would contradict a printed 70 'good' or "
          + "60 'priority' whenever it had been rounded up."),
      Assumption(
        "A question carries the RoH theme when it concerns risk of harm to others, public "
          + "protection, MAPPA, child safeguarding or victim safety; the summary questions of 1.2 "
          + "and 2.2 carry it too. The tool's own RoH tags were not published."),
      Assumption(
        "Case attributes and their names are ours; a finding given for a subgroup "
          + "(community orders, licences, PPOs, high RoH, approved premises, victim contact ...) is "
          + "relevant only to that subgroup. 'Where relevant' findings without a recorded attribute "
          + "are relevant to every case and answered 'na' where they do not apply."),
      Assumption(
        "Section 4 criteria are judged, not scored from cases; the judgements carry no "
          + "points because OMI published no overall rating."),
    ]
  }

  /// The case attributes after `case_type`, in the order the frameworks declare them.
  ///
  /// Each framework declares `case_type` itself, just before these: the 2006 sample has no
  /// custody cases (Cheshire, Appendix 2), the 2008 sample (West Mercia, Appendix 2) and OMI2 have
  /// them.
  ///
  /// - Parameter omitted: the ids of attributes a framework does without (OMI2 records no tier
  ///   and no DRR).
  static func caseAttributes(omitting omitted: String...) -> [any FrameworkComponent] {
    let attributes = [
      Attribute(
        "roh", "Risk of Harm (RoSH) classification",
        values: "low", "medium", "high", "very high"),
      Attribute("tier", "Offender management tier", values: "1", "2", "3", "4"),
      Attribute("ppo", "Prolific and other priority offender (PPO)", values: "yes", "no"),
      Attribute("approved_premises", "Resident in approved premises", values: "yes", "no"),
      Attribute("victim_contact", "Statutory victim contact case", values: "yes", "no"),
      Attribute("bme", "Black or minority ethnic offender", values: "yes", "no"),
      Attribute("psr", "Pre-sentence report prepared for the current offence", values: "yes", "no"),
      Attribute("unpaid_work", "Unpaid work requirement", values: "yes", "no"),
      Attribute("accredited_programme", "Accredited programme requirement", values: "yes", "no"),
      Attribute("drr", "Drug rehabilitation requirement (DRR)", values: "yes", "no"),
      Attribute(
        "child_concern", "Risk of Harm to children or child safeguarding concern",
        values: "yes", "no"),
      Attribute("mappa", "Managed under MAPPA", values: "yes", "no"),
      Attribute("transferred", "Transferred in from another area or unit", values: "yes", "no"),
      Attribute("domestic_abuse", "Domestic abuse, previous or current", values: "yes", "no"),
    ]
    return attributes.filter { !omitted.contains($0.id) }
  }

  /// The RoH theme, the answer scale, the conclusion bands of scored criteria and the section 4
  /// grades (the report's scoring appendix), citing `report`.
  static func themeAndScales(_ report: Report) -> [any FrameworkComponent] {
    [
      Theme("RoH", "Risk of Harm to others"),
      AnswerScale.yesNo()
        .from(
          report.source, at: report.scoringAppendix, basis: .statedRule,
          quote: "the proportion of relevant cases in the sample where the work assessed by that "
            + "question was judged sufficient",
          note: "Sufficient, insufficient and not relevant are the report's; the option labels "
            + "are ours: the tool's answer options were not published."),
      GradeScale("conclusion", "Criterion conclusions", basis: .displayed) {
        Band("good", "Good", atLeast: 70, meaning: "Performance against this criterion was good.")
        Band(
          "priority", "Priority for improvement", atLeast: 60, below: 70,
          meaning: "This criterion represents a priority for improvement.")
        Band(
          "urgent", "Urgent priority for improvement", below: 60,
          meaning: "This criterion represents an urgent priority for improvement.")
      }
      .from(
        report.source, at: "General criteria 1.1-3.2, Conclusion",
        basis: .inferredRule(reproduces: report.conclusionsReproduced),
        note: "The three conclusions are printed in words under each criterion; the cut-offs (70 "
          + "and 60, on the displayed whole-number score) are ours, inferred from the printed "
          + "scores and conclusions."),
      JudgementScale("section4", "Section 4 grades") {
        Label("well-met", "Well met")
        Label("satisfactorily-met", "Satisfactorily met")
        Label("partly-met", "Partly met")
        Label("not-met", "Not met")
      }
      .from(
        report.source, at: report.scoringAppendix, basis: .statedRule,
        quote: "a score of either well met, satisfactorily met, partly met, or not met is assigned "
          + "on the basis of the performance across the specific criteria which make up that "
          + "criterion"),
    ]
  }

  // MARK: - Section 1: Assessment and sentence planning

  /// General criterion 1.1.
  static let preparingForSentence = scored(
    "1.1", "Preparing for sentence",
    standard: "Activity in the phase leading up to sentence is timely, purposeful and effective.")

  /// General criterion 1.2 (the Cheshire text omits its heading, standard and score; West Mercia
  /// prints them).
  static let riskOfHarmAssessment = scored(
    "1.2", "Assessment of Risk of Harm",
    standard: "RoH is comprehensively and accurately assessed using OASys in each case and "
      + "additional specialist assessment tools where relevant.")

  /// General criterion 1.3.
  static let likelihoodOfReoffendingAssessment = scored(
    "1.3", "Assessment of likelihood of reoffending",
    standard: "Likelihood of reoffending is comprehensively and accurately assessed using OASys "
      + "as applicable.")

  /// General criterion 1.4.
  static let offenderEngagementAssessment = scored(
    "1.4", "Assessment of offender engagement",
    standard: "Potential obstacles or challenges to positive engagement are identified and plans "
      + "made to minimise their possible impact.")

  /// General criterion 1.5.
  static let sentencePlanning = scored(
    "1.5", "Sentence planning",
    standard: "The offender manager plans interventions in custody and the community with a view "
      + "to addressing criminogenic factors and managing any RoH to others. The initial sentence "
      + "plan or unpaid work assessment is designed to describe a structured and coherent plan of "
      + "work for each offender.")

  // MARK: - Section 2: Implementation of interventions

  /// General criterion 2.1.
  static let deliveringTheSentencePlan = scored(
    "2.1", "Delivering the sentence plan",
    standard: "The offender manager facilitates the structured delivery of all relevant elements "
      + "of the sentence.")

  /// General criterion 2.2.
  static let protectingThePublic = scored(
    "2.2", "Protecting the public by minimising Risk of Harm",
    standard: "All reasonable actions have been taken to protect the public by keeping to a "
      + "minimum the offender's RoH to others.")

  /// General criterion 2.3.
  static let victims = scored(
    "2.3", "Victims", standard: "Consistent attention is given to issues concerning victims.")

  /// General criterion 2.4.
  static let containmentAndCompliance = scored(
    "2.4", "Ensuring containment and promoting compliance (Punish)",
    standard: "Contact with the offender and enforcement of the sentence is planned and "
      + "implemented to meet the requirements of national standards and to encourage engagement "
      + "with the sentence process.")

  /// General criterion 2.5.
  static let constructiveInterventions = scored(
    "2.5", "Constructive interventions (Help and Change)",
    standard: "Interventions are delivered to identified ends and to meet the requirements of the "
      + "sentence: help and change.")

  /// General criterion 2.6.
  static let restrictiveInterventions = scored(
    "2.6", "Restrictive interventions (Control)",
    standard: "Interventions are delivered to identified ends and to meet the requirements of the "
      + "sentence: control.")

  /// General criterion 2.7.
  static let diversityIssues = scored(
    "2.7", "Diversity issues", standard: "Full and proper attention is paid to diversity issues.")

  // MARK: - Section 3: Achievement and monitoring of outcomes

  /// General criterion 3.1.
  static let initialOutcomes = scored(
    "3.1", "Achievement of initial outcomes",
    standard: "Planned objectives are efficiently achieved.")

  /// General criterion 3.2.
  static let sustainabilityOfProgress = scored(
    "3.2", "Sustainability of progress",
    standard: "Results are capable of being sustained between different phases of a sentence and "
      + "beyond the end of supervision.")

  // MARK: - Section 4: Leadership and strategic management

  /// Section 4: six criteria judged on the section 4 grades, not scored from cases, each citing
  /// its heading in `report` and the grade Table 1 prints for it.
  /// The concept each OMI criterion measures (`FrameworkCatalog.concepts`, area `criteria`):
  /// the same in both reports, so the 2006 and 2008 criteria share a row when compared; OMI2's
  /// and IAOW's criteria name the same concepts where they are the same construct.
  static let criterionConcepts: [String: String] = [
    "1.1": "crit-preparing-for-sentence", "1.2": "crit-roh-assessment",
    "1.3": "crit-lor-assessment", "1.4": "crit-engagement-assessment",
    "1.5": "crit-sentence-planning", "2.1": "crit-delivering-plan",
    "2.2": "crit-protecting-public", "2.3": "crit-victims", "2.4": "crit-compliance",
    "2.5": "crit-constructive", "2.6": "crit-restrictive", "2.7": "crit-diversity",
    "3.1": "crit-initial-outcomes", "3.2": "crit-sustainability", "4.1": "crit-leadership",
    "4.2": "crit-performance-targets", "4.3": "crit-resource-deployment", "4.4": "crit-workforce",
    "4.5": "crit-review-evaluation", "4.6": "crit-commissioning",
  ]

  static func leadershipSection(_ report: Report) -> Section {
    func graded(_ criterion: Criterion) -> Criterion {
      let index = Int(criterion.id.dropFirst(2)).map { $0 - 1 } ?? -1
      let grade = report.section4Grades.indices.contains(index) ? report.section4Grades[index] : "?"
      let cited = criterion.from(
        report.source, at: "General criterion \(criterion.id)", basis: .printedInWords,
        note: "Graded: \(grade) (Table 1, Scoring of section 4).")
      return criterionConcepts[criterion.id].map { cited.measures($0, .exact) } ?? cited
    }
    return Section("4", "Leadership and strategic management") {
      graded(
        Criterion(
          "4.1", "Leadership and planning",
          standard: "There is active leadership in the implementation of national policies via "
            + "local policies and procedures which are regularly monitored and reviewed, through "
            + "proactive planning with other key agencies, and by promoting the diversity agenda.",
          judgement: "section4"))
      graded(
        Criterion(
          "4.2", "Performance against national and regional targets",
          standard: "Key performance targets are consistently met, with careful attention to "
            + "diversity issues throughout.",
          judgement: "section4"))
      graded(
        Criterion(
          "4.3", "Resource deployment",
          standard: "There is a strategic approach to deploying resources to deliver effective "
            + "performance and support diversity initiatives and there are positive indications in "
            + "relation to value for money.",
          judgement: "section4"))
      graded(
        Criterion(
          "4.4", "Workforce planning and development",
          standard:
            "Workforce planning and development leads to a good match between staff profile "
            + "and service delivery requirements. Relevant diversity legislation is observed in "
            + "staff recruitment and deployment.",
          judgement: "section4"))
      graded(
        Criterion(
          "4.5", "Review and evaluation",
          standard: "Outcomes of interventions are assessed and reviewed using available data.",
          judgement: "section4"))
      graded(
        Criterion(
          "4.6", "Commissioning of services",
          standard: "There is efficient provision of effective services to support offender "
            + "management outcomes and to ensure equal access to provision for offenders.",
          judgement: "section4"))
    }
    .measures("sec-leadership", .exact)
    .from(
      report.source, at: "Section 4; Summary of Scores, Table 1: Scoring of section 4",
      basis: .printedInWords,
      note: "Judged, not scored: each criterion is graded on the four grades of the scoring "
        + "appendix.")
  }

  /// A criterion of sections 1-3: 80/20 individual and summary questions (the scoring appendix of
  /// both reports), its score banded on the conclusions.
  private static func scored(_ id: String, _ title: String, standard: String) -> CriterionHeading {
    CriterionHeading(
      id, title, standard: standard, rule: .individualSummary(individual: 0.8, summary: 0.2),
      grade: "conclusion")
  }
}
