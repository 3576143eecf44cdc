import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Preparing for sentence" (34).
  static var preparingForSentenceConcepts: ConceptArea {
    ConceptArea("psr", "Preparing for sentence") {
      Concept("psr-prepared", "A pre-sentence report was prepared for the current offence")
      Concept(
        "psr-takes-account-of-court-seriousness",
        "Where the court indicated the seriousness level, the report took it into account")
      Concept("psr-clear-proposal", "The report made a clear proposal for sentence")
      Concept(
        "psr-clear-community-proposal", "The report made a clear proposal for a community sentence")
      Concept("psr-proposal-followed", "The court followed the report's proposal")
      Concept(
        "psr-community-proposal-followed",
        "Where the report proposed a community sentence, the court followed the proposal")
      Concept(
        "psr-based-on-risk-and-need-assessment",
        "The report was based on a clear, appropriate assessment of risk of harm and of needs (likelihood of reoffending)"
      )
      Concept(
        "psr-self-harm-recorded", "Where self-harm was an issue, the report clearly recorded it")
      Concept(
        "psr-vulnerability-recorded",
        "Where relevant, the report recorded concerns about the offender's vulnerability")
      Concept("psr-victim-information", "Information about the victim informed the report")
      Concept("psr-outline-plan", "The report contained an appropriate outline sentence plan")
      Concept("psr-appropriate-type", "The report was of the appropriate type")
      Concept("psr-concise", "The report was concise")
      Concept(
        "psr-ppo-not-labelled", "In a PPO case the report did not label the offender as a PPO")
      Concept(
        "criterion-preparing-for-sentence-overall",
        "Overall, the work in preparing for sentence was sufficient")
      Concept("psr-psr-satisfactory-quality", "Was the PSR of satisfactory quality?")
      Concept(
        "psr-ppo-report-contain-clear-proportionate-proposal",
        "In a PPO case, did the report contain a clear and proportionate proposal without identifying the offender as a PPO?"
      )
      Concept(
        "psr-report-proposed-community-sentence-contain-outline",
        "Where the report proposed a community sentence, did it contain an outline sentence plan?")
      Concept(
        "psr-report-objective-impartial-free-discriminatory-language",
        "Was the report objective, impartial and free from discriminatory language or stereotype?")
      Concept(
        "psr-ppo-report-clearly-outline-seriousness-offence",
        "In a PPO case, did the report clearly outline the seriousness of the offence?")
      Concept(
        "psr-ppo-report-outline-likelihood-reoffending-avoid",
        "In a PPO case, did the report outline the likelihood of reoffending and avoid labelling the offender as a PPO?"
      )
      Concept(
        "psr-report-balanced-verified-factually-accurate",
        "Was the report balanced, verified and factually accurate?")
      Concept(
        "psr-report-prepared-within-timescale-set-court",
        "Was the report prepared within the timescale set by the court?")
      Concept("psr-nationally-approved-format-used", "Was the nationally approved format used?")
      Concept(
        "psr-report-based-required-assessment-likelihood-reoffending",
        "Was the report based on the required assessment of the likelihood of reoffending?")
      Concept(
        "psr-assessment-likelihood-reoffending-report-accurate",
        "Was the assessment of the likelihood of reoffending in the report accurate?")
      Concept(
        "psr-report-based-assessment-roh", "Was the report based on an assessment of the RoH?")
      Concept(
        "psr-report-contain-accurate-analysis-roh-presented",
        "Did the report contain an accurate analysis of the RoH presented by the offender?")
      Concept(
        "psr-proposal-proportionate-seriousness-offence",
        "Was the proposal proportionate to the seriousness of the offence?")
      Concept(
        "psr-necessary-report-propose-requirements-designed-keep",
        "Where necessary, did the report propose requirements designed to keep the RoH to a minimum?"
      )
      Concept(
        "psr-objectives-outline-sentence-plan-relate-intended",
        "Did the objectives of the outline sentence plan relate to the intended purpose of the proposed sentence?"
      )
      Concept(
        "psr-objectives-outline-sentence-plan-take-full",
        "Did the objectives of the outline sentence plan take full account of the assessed likelihood of reoffending and RoH?"
      )
      Concept(
        "psr-outline-sentence-plan-specify-desired-outcome",
        "Did the outline sentence plan specify the desired outcome for the proposed interventions?")
      Concept(
        "psr-relevant-concerns-about-s-vulnerability-clearly",
        "Where relevant, were concerns about the offender's vulnerability clearly recorded in the outline sentence plan?"
      )
    }
  }
}
