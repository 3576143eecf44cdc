import InspectionDSL

extension FrameworkCatalog {
  /// Core Case Inspection of youth offending work (CCI), 2009–12: three headline scores —
  /// Safeguarding, Risk of Harm to others, Likelihood of Reoffending — each with a
  /// MINIMUM…DRASTIC improvement comment.
  ///
  /// **Period.** April 2009 to spring 2012, every Youth Offending Service in England and Wales
  /// (domain.md §4); the annual report lists its aggregate report, 2009–2012 (seed:003
  /// L1382-1383), and its results feed FJI targeting (seed:003 L592).
  ///
  /// **Sources.** `domain.md` §4 (from published CCI reports for Brent 2011, Bexley 2012, Newham
  /// 2012, Kent, Stockton 2010 and the 2012 press releases), §8.1 and §10.7; seed:003 L592 and
  /// L1382-1383.
  ///
  /// **Faithful.** The three headline scores and their titles; what each measures (how often
  /// the work was done well enough: safeguarding as action to protect the young person, risk
  /// of harm to others as action to protect the public); the MINIMUM / MODERATE / SUBSTANTIAL /
  /// DRASTIC improvement comments of the "Scoring and Summary Table", declared as a judgement
  /// scale because no fixed thresholds reproduce them (Kent: 59% and 53% SUBSTANTIAL, 68%
  /// MODERATE; domain.md §4, §8.1).
  ///
  /// **Assumptions.**
  /// - One section and one criterion per headline, each with a single stand-in question
  ///   ("was the work done well enough?") carrying its theme, so that the headline scores are
  ///   computable. These are not CCI's questions: the tool could not be read.
  /// - The section title "Core case work" is ours.
  /// - A headline is the mean of the questions carrying its theme (as OMI2, domain.md §4).
  ///
  /// **Not recovered.** The CCI criteria, question tool and scoring appendix (domain.md §4
  /// [U]); case attributes and applicability; any advisory rule behind the comments (domain.md
  /// §8.1 suggests distance from the programme average, unproven).
  public static let cci = Framework(
    "CCI", version: "2009", title: "Core Case Inspection of youth offending work"
  ) {
    Period("2009", to: "2012")
    Summary(
      "Every Youth Offending Service visited once, April 2009 to spring 2012. Inspectors and "
        + "local assessors read a sample of cases and interviewed the case managers; each "
        + "report scored how often safeguarding, risk of harm to others and likelihood of "
        + "reoffending work was done well enough, with a comment on the improvement required.")
    Source(
      "HM Inspectorate of Probation Annual Report 2013–14",
      reference: "seeds/003_5d6581b08f963e48.txt",
      note: "L592 (CCI results inform FJI targeting) and L1382-1383 (aggregate report "
        + "2009–2012).")
    Source(
      "InspectionKit research notes, domain.md §4",
      note: "Headline scores and comments from CCI reports (Brent, Bexley, Newham, Kent) and "
        + "HMI Probation press releases.")
    Assumption(
      "One criterion per headline, each with one stand-in question carrying its theme, so that "
        + "the headline scores are computable; the CCI question tool could not be read.")
    Assumption("The section title 'Core case work' is ours.")
    Assumption("A headline is the mean of the questions carrying its theme, as in OMI2.")
    Assumption(
      "The MINIMUM…DRASTIC comments are judgements: no fixed cut-offs reproduce the published "
        + "ones (Kent 59% and 53% SUBSTANTIAL, 68% MODERATE).")
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

    Section("1", "Core case work") {
      Criterion("1.1", "Safeguarding", standard: "Action to protect the young person.") {
        // Stand-in for the unrecovered tool: domain.md §4, the Safeguarding headline.
        Question(
          "1.1.a",
          "Was the safeguarding work (action to protect the young person) done well enough?",
          themes: "Safeguarding")
      }
      Criterion("1.2", "Risk of Harm to others", standard: "Action to protect the public.") {
        // Stand-in for the unrecovered tool: domain.md §4, the Risk of Harm to others headline.
        Question(
          "1.2.a",
          "Was the Risk of Harm to others work (action to protect the public) done well enough?",
          themes: "RoH")
      }
      Criterion("1.3", "Likelihood of Reoffending") {
        // Stand-in for the unrecovered tool: domain.md §4, the Likelihood of Reoffending headline.
        Question(
          "1.3.a", "Was the Likelihood of Reoffending work done well enough?", themes: "LoR")
      }
    }

    Headline("Safeguarding", "Safeguarding", theme: "Safeguarding", judgement: "improvement")
    Headline("RoH", "Risk of Harm to others", theme: "RoH", judgement: "improvement")
    Headline("LoR", "Likelihood of Reoffending", theme: "LoR", judgement: "improvement")
  }
}
