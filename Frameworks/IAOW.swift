import InspectionDSL

extension FrameworkCatalog {
  /// Inspection of Adult Offending Work (IAOW): five key areas scored as "% of work of sufficient
  /// quality" from a case sample, as in 2013–14.
  ///
  /// **Period.** The programme started in April 2013 and inspected 12 probation trusts before the
  /// 2014–15 transitional programme (seed:003 L310).
  ///
  /// **Sources.** `seeds/003_5d6581b08f963e48.txt`, HMI Probation Annual Report 2013–14 (chapter
  /// 2, L302–L390): the five key areas and the five "headline" scores of 11 trusts with the
  /// aggregates of the two sets of inspections. The criteria grid comes from `indicators.md` §1
  /// (the February 2013 *Criteria for the Inspection of Adult Offending Work* and Appendix 5
  /// "Scoring approach" of the York & North Yorkshire report) and `domain.md` §5.
  ///
  /// **Faithful.** The five key areas, in order, are the sections (ids 1–5, the Criteria's outcome
  /// numbers; titles as listed at L324–L328). The 19 criteria of the outcome × process grid keep
  /// their ids (`outcome.process`) and titles; 1.2 and 1.3 do not exist. The Appendix 5 split of
  /// evidence is kept: criteria x.1–x.3 and 5.5 are scored from the case sample; the leadership
  /// and management criteria x.4 are "obtained through interviews with staff and managers … and
  /// from sentencers", so they are judged, not computed. The outcome 1 statement and the 1.1
  /// standard are the Criteria's words.
  ///
  /// **The five headline scores are section scores.** Each inspection report "present[s] overall
  /// scores for the five key areas of practice" (L338) and Appendix 5 assigns "scores to each of
  /// the sections of the report"; they are not threads cutting across criteria. So they are
  /// declared as the key areas' section scores, and no `Headline` or theme is declared.
  ///
  /// **Assumptions** (each also an `Assumption` below):
  /// - No question texts, answer options or "line" of the October 2013 Case Assessment Tool were
  ///   recovered, and the annual report prints no case-level findings for IAOW. Each case-based
  ///   criterion therefore has one neutral question, `<criterion>.s`, asking whether the work for
  ///   that criterion was of sufficient quality in the case ("inspection staff examine how well the
  ///   work was done across the case, following the criteria", Appendix 5). They are not the
  ///   tool's questions. The one recovered quality indicator, 1.1.a "Reports are based on
  ///   sufficient information", is quoted in the guidance of 1.1.s and not declared on its own.
  /// - A key area's score pools its questions: sufficient judgements ÷ relevant judgements, read
  ///   from "the percentage of work we found to be of sufficient quality" (L350). The formula page
  ///   of Appendix 5 was not recovered; the mean of the criteria is the alternative reading.
  /// - The leadership and management criteria carry a single-label judgement scale,
  ///   *Commentary (not scored)*: the annual report prints commentary for them and no grade.
  /// - Criterion 1.1 is relevant to cases with a pre-sentence report (`psr`); 5.5 to cases where
  ///   the offence required victim contact by probation (`victim_contact`, L401). Where 5.1–5.3 do
  ///   not apply (no identifiable victim) they are answered `na`.
  ///
  /// **Programme aggregates are not means.** The annual report's aggregates for each set of
  /// inspections do not always equal the mean of the trust scores (violent-offender set, victims:
  /// 77 against a mean of 75.7; child-protection set: 86/85.4, 66/66.8, 64/65.4, 67/67.8). They are
  /// presumably pooled over the cases of the set, which is what merging samples does; see
  /// `Examples/Published/IAOW-AnnualReport-2013-14.json`.
  ///
  /// **Not recovered.** The standards of outcomes 2–5 and of every criterion but 1.1; the quality
  /// indicators beyond 1.1.a; the Case Assessment Tool's questions, answer options and line; the
  /// Appendix 5 formula; any bands or comments (none appear for IAOW in the annual report); the
  /// Wales scores. The August 2014 transitional tool (new 1.2 "Assignment to Agency", renamed 2.1
  /// and 2.2) is a different version and is not declared here.
  public static let iaow = Framework(
    "IAOW", version: "2013", title: "Inspection of Adult Offending Work"
  ) {
    Period("2013", to: "2014")
    Summary(
      "HMI Probation's inspection of probation trusts' work with adults in the community, "
        + "2013-14: 50 to 100 cases per trust, each examined through the case records and an "
        + "interview with the offender manager, judged against a grid of five outcomes by four "
        + "process steps. Each report gives the percentage of work of sufficient quality in five "
        + "key areas; leadership and management are evidenced from interviews, not cases.")
    Source(
      "HM Inspectorate of Probation Annual Report 2013-14 (July 2014), chapter 2",
      reference: "seeds/003_5d6581b08f963e48.txt",
      note: "Five key areas (L322-L328); headline scores of 11 trusts and two set aggregates "
        + "(L338-L388).")
    Source(
      "Criteria for the Inspection of Adult Offending Work (February 2013); York & North "
        + "Yorkshire IAOW report, Appendix 5 'Scoring approach'",
      reference: "research/indicators.md §1",
      note: "The 19 criteria with ids and titles; the outcome 1 statement, the 1.1 standard and "
        + "indicator 1.1.a; which criteria are case-based and which interview-based.")
    Assumption(
      "No Case Assessment Tool questions were recovered and the annual report prints no IAOW "
        + "case-level findings: each case-based criterion has one neutral question <criterion>.s "
        + "(was the work for this criterion of sufficient quality in this case?).")
    Assumption(
      "The five headline scores are the key areas' section scores, each pooling its questions "
        + "(sufficient judgements / relevant judgements), from 'the percentage of work we found "
        + "to be of sufficient quality'; the Appendix 5 formula page was not recovered.")
    Assumption(
      "Leadership and management criteria (1.4, 2.4, 3.4, 4.4, 5.4) are evidenced from "
        + "interviews, not cases: they are judged on a single label, 'Commentary (not scored)', "
        + "and stay out of the key-area scores.")
    Assumption(
      "1.1 is relevant to cases with a pre-sentence report; 5.5 to cases where the offence "
        + "required victim contact by probation; 5.1-5.3 are answered na where no victim is "
        + "identifiable.")
    Assumption(
      "Programme aggregates for a set of inspections are pooled over its cases, not the mean of "
        + "the trust scores (seed-facts-notes item 16).")
    Assumption(
      "Not recovered: standards beyond outcome 1 and criterion 1.1, quality indicators beyond "
        + "1.1.a, answer options, the line, any bands, and the Wales scores.")
    Presentation(displayDecimals: 0)

    Attribute("psr", "A pre-sentence report was prepared", values: "yes", "no")
    Attribute(
      "victim_contact", "The offence required victim contact by probation", values: "yes", "no")

    JudgementScale("commentary", "Leadership and management findings") {
      Label(
        "commentary", "Commentary (not scored)",
        meaning: "Evidenced from interviews with staff, managers and sentencers, and reported as "
          + "commentary, not as a case-sample score.")
    }

    Section(
      "1", "Assisting sentencing",  // seed:003 L324; indicators.md §1.1
      standard: "Pre-sentence reports and court liaison work enable sentencers to impose "
        + "appropriate sentences and promote effective community disposals.",
      rule: .pooledQuestions
    ) {
      Criterion(
        "1.1", "Assessment and planning to inform sentencing",
        standard: "Reports assist courts in passing appropriate sentences."
      ) {
        // neutral per-criterion question (assumption); headline seed:003 L353-L388
        Question(
          "1.1.s",
          "Overall, was the assessment and planning to inform sentencing of sufficient "
            + "quality?", role: .summary,
          guidance: "Quality indicator 1.1.a: Reports are based on sufficient information. "
            + "Indicators 1.1.b onwards were not recovered."
        )
        .relevant(when: .attribute("psr", is: "yes"))
      }
      Criterion(
        "1.4", "Leadership and management to support sentencing", judgement: "commentary")
    }

    Section(
      "2", "Delivering the sentence of the court",  // seed:003 L325
      rule: .pooledQuestions
    ) {
      Criterion("2.1", "Assessment and planning to deliver the sentence") {
        // neutral per-criterion question (assumption)
        Question(
          "2.1.s",
          "Overall, was the assessment and planning to deliver the sentence of "
            + "sufficient quality?", role: .summary)
      }
      Criterion(
        "2.2", "Delivery and review of the sentence plan and maximising offender engagement"
      ) {
        // neutral per-criterion question (assumption)
        Question(
          "2.2.s",
          "Overall, were the delivery and review of the sentence plan, and the work to "
            + "maximise offender engagement, of sufficient quality?", role: .summary)
      }
      Criterion("2.3", "Initial outcomes are achieved") {
        // neutral per-criterion question (assumption)
        Question("2.3.s", "Were the initial outcomes achieved?", role: .summary)
      }
      Criterion(
        "2.4", "Leadership and management to deliver the sentence and achieve initial outcomes",
        judgement: "commentary")
    }

    Section(
      "3", "Reducing the likelihood of reoffending",  // seed:003 L326
      rule: .pooledQuestions
    ) {
      Criterion("3.1", "Assessment to reduce the likelihood of reoffending") {
        // neutral per-criterion question (assumption)
        Question(
          "3.1.s",
          "Overall, was the assessment to reduce the likelihood of reoffending of "
            + "sufficient quality?", role: .summary)
      }
      Criterion("3.2", "Delivery of interventions to reduce the likelihood of reoffending") {
        // neutral per-criterion question (assumption)
        Question(
          "3.2.s",
          "Overall, was the delivery of interventions to reduce the likelihood of "
            + "reoffending of sufficient quality?", role: .summary)
      }
      Criterion("3.3", "Likelihood of reoffending is reduced") {
        // neutral per-criterion question (assumption)
        Question("3.3.s", "Was the likelihood of reoffending reduced?", role: .summary)
      }
      Criterion(
        "3.4", "Leadership and management to reduce the likelihood of reoffending",
        judgement: "commentary")
    }

    Section(
      "4", "Protecting the public",  // seed:003 L327
      rule: .pooledQuestions
    ) {
      Criterion("4.1", "Assessment and planning to minimise risk of harm to others") {
        // neutral per-criterion question (assumption)
        Question(
          "4.1.s",
          "Overall, was the assessment and planning to minimise risk of harm to others "
            + "of sufficient quality?", role: .summary)
      }
      Criterion("4.2", "Delivery of interventions to minimise risk of harm to others") {
        // neutral per-criterion question (assumption)
        Question(
          "4.2.s",
          "Overall, was the delivery of interventions to minimise risk of harm to others "
            + "of sufficient quality?", role: .summary)
      }
      Criterion("4.3", "Risk of harm to others is minimised") {
        // neutral per-criterion question (assumption)
        Question("4.3.s", "Was the risk of harm to others minimised?", role: .summary)
      }
      Criterion(
        "4.4", "Leadership and management to minimise risk of harm to others",
        judgement: "commentary")
    }

    Section(
      "5", "Delivering effective work for victims",  // seed:003 L328
      rule: .pooledQuestions
    ) {
      Criterion("5.1", "Assessment and planning to minimise risk of harm to victims") {
        // neutral per-criterion question (assumption)
        Question(
          "5.1.s",
          "Overall, was the assessment and planning to minimise risk of harm to victims "
            + "of sufficient quality?", role: .summary)
      }
      Criterion("5.2", "Delivery of interventions to minimise risk of harm to victims") {
        // neutral per-criterion question (assumption)
        Question(
          "5.2.s",
          "Overall, was the delivery of interventions to minimise risk of harm to "
            + "victims of sufficient quality?", role: .summary)
      }
      Criterion("5.3", "Risk of harm to victims is minimised") {
        // neutral per-criterion question (assumption)
        Question("5.3.s", "Was the risk of harm to victims minimised?", role: .summary)
      }
      Criterion(
        "5.4", "Leadership and management to deliver effective work for victims",
        judgement: "commentary")
      Criterion("5.5", "Victim contact and restorative justice") {
        // neutral per-criterion question (assumption); victim contact cases seed:003 L401
        Question(
          "5.5.s",
          "Overall, was the victim contact and restorative justice work of sufficient "
            + "quality?", role: .summary
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
      }
    }
  }
}
