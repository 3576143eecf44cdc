import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Youth offending work: practice" (36).
  static var youthPracticeConcepts: ConceptArea {
    ConceptArea("youth", "Youth offending work: practice") {
      Concept("youth-report-sufficient-quality", "Was the report of sufficient quality?")
      Concept(
        "youth-report-contain-sufficient-analysis-offending-behaviour",
        "Did the report contain sufficient analysis of the offending behaviour?")
      Concept(
        "youth-report-contain-sufficient-assessment-risk-harm",
        "Did the report contain a sufficient assessment of the risk of harm to others?")
      Concept(
        "youth-report-contain-sufficient-assessment-vulnerability",
        "Did the report contain a sufficient assessment of the vulnerability of the child or young person?"
      )
      Concept(
        "youth-parents-carers-involved-preparation-psr",
        "Were the child or young person and their parents/carers involved in the preparation of the PSR?"
      )
      Concept(
        "youth-assessment-likelihood-reoffending-good-enough",
        "Was the assessment of the likelihood of reoffending good enough?")
      Concept(
        "youth-assessment-risk-harm-others-good-enough",
        "Was the assessment of risk of harm to others good enough?")
      Concept(
        "youth-assessment-vulnerability-good-enough",
        "Was the assessment of the vulnerability of the child or young person good enough?")
      Concept(
        "youth-assessment-include-other-relevant-behaviour",
        "Did the assessment include other relevant behaviour?")
      Concept("youth-intervention-plan-completed", "Was an intervention plan completed?")
      Concept(
        "youth-plan-focus-sufficiently-reducing-likelihood-reoffending",
        "Did the plan focus sufficiently on reducing the likelihood of reoffending?")
      Concept(
        "youth-plan-s-objectives-smart-specific-measurable",
        "Were the plan's objectives SMART (specific, measurable, achievable, realistic and time-bounded)?"
      )
      Concept(
        "youth-contingency-planning-risk-harm-others-sufficient",
        "Was contingency planning for risk of harm to others sufficient?")
      Concept(
        "youth-enough-attention-given-victims-issues-planning",
        "Was enough attention given to victims' issues in planning?")
      Concept(
        "youth-contingency-planning-vulnerability-sufficient",
        "Was contingency planning for vulnerability sufficient?")
      Concept(
        "youth-review-assessment-plan-take-place-when-any-theme",
        "Did a review of the assessment and plan take place when it was due? (for any of the themes)"
      )
      Concept(
        "youth-review-recognise-significant-change-circumstances-any-theme",
        "Did the review recognise any significant change in circumstances? (for any of the themes)")
      Concept(
        "youth-review-updated-rather-copied-previous-version-any-theme",
        "Was the review updated rather than copied from a previous version? (for any of the themes)"
      )
      Concept(
        "youth-management-oversight-work-protect-public-effective",
        "Was management oversight of the work to protect the public effective?")
      Concept(
        "youth-management-oversight-work-protect-effective",
        "Was management oversight of the work to protect the child or young person effective?")
      Concept(
        "youth-issues-manager-identified-needing-improvement-remedied-any-theme",
        "Were the issues the manager identified as needing improvement remedied? (for any of the themes)"
      )
      Concept(
        "youth-parents-carers-engaged-work-yot",
        "Were the child or young person and their parents/carers engaged in the work of the YOT?")
      Concept(
        "youth-speech-language-communication-needs-identified-barrier",
        "Were any speech, language and communication needs identified as a barrier to engagement?")
      Concept(
        "youth-adaptations-needed-those-speech-language-communication",
        "Were the adaptations needed for those speech, language and communication needs made?")
      Concept(
        "youth-offered-welsh-speaking-case-manager",
        "Was the child or young person offered a Welsh-speaking case manager?")
      Concept(
        "youth-review-assessment-plan-reducing-likelihood-reoffending",
        "Did a review of the assessment and plan of reducing the likelihood of reoffending take place when it was due?"
      )
      Concept(
        "youth-review-reducing-likelihood-reoffending-recognise-significant",
        "Did the review of reducing the likelihood of reoffending recognise any significant change in circumstances?"
      )
      Concept(
        "youth-review-reducing-likelihood-reoffending-updated-rather",
        "Was the review of reducing the likelihood of reoffending updated rather than copied from a previous version?"
      )
      Concept(
        "youth-review-assessment-plan-risk-harm-others",
        "Did a review of the assessment and plan of the risk of harm to others take place when it was due?"
      )
      Concept(
        "youth-review-risk-harm-others-recognise-significant",
        "Did the review of the risk of harm to others recognise any significant change in circumstances?"
      )
      Concept(
        "youth-review-risk-harm-others-updated-rather",
        "Was the review of the risk of harm to others updated rather than copied from a previous version?"
      )
      Concept(
        "youth-issues-manager-identified-work-protect-public",
        "Were the issues the manager identified in the work to protect the public as needing improvement remedied?"
      )
      Concept(
        "youth-review-assessment-plan-vulnerability-take-place",
        "Did a review of the assessment and plan of the vulnerability of the child or young person take place when it was due?"
      )
      Concept(
        "youth-review-vulnerability-recognise-significant-change-circumstances",
        "Did the review of the vulnerability of the child or young person recognise any significant change in circumstances?"
      )
      Concept(
        "youth-review-vulnerability-updated-rather-copied-previous",
        "Was the review of the vulnerability of the child or young person updated rather than copied from a previous version?"
      )
      Concept(
        "youth-issues-manager-identified-work-protect-needing",
        "Were the issues the manager identified in the work to protect the child or young person as needing improvement remedied?"
      )
      Concept(
        "youth-cci-safeguarding-work",
        "The safeguarding work (action to protect the child or young person) was done well enough")
      Concept(
        "youth-cci-roh-work",
        "The risk of harm to others work (action to protect the public) was done well enough")
      Concept("youth-cci-lor-work", "The likelihood of reoffending work was done well enough")
    }
  }
}
