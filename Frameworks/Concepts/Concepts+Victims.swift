import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Victims" (13).
  static var victimsConcepts: ConceptArea {
    ConceptArea("victims", "Victims") {
      Concept(
        "victims-safety-prioritised",
        "Victim safety was given appropriate priority and properly addressed")
      Concept(
        "victims-contact-offered",
        "In a statutory victim contact case, contact (a face-to-face meeting) was offered to the victim"
      )
      Concept(
        "victims-release-conditions-view",
        "In a statutory victim contact case, the victim could comment on release conditions")
      Concept(
        "victims-kept-informed-on-release",
        "In a statutory victim contact case, the victim was given the opportunity to comment, to see the relevant reports and was kept informed about release"
      )
      Concept(
        "victims-awareness-work", "Where required, victim awareness work was done with the offender"
      )
      Concept(
        "victims-awareness-improved",
        "The offender showed increased awareness of the impact of the offending on victims")
      Concept(
        "victims-threat-reduced", "There was a reduced threat to victims or potential victims")
      Concept(
        "criterion-victims-overall", "Overall, consistent attention was given to victims' issues")
      Concept(
        "victims-contact-within-40-days",
        "In a statutory victim contact case, contact was offered to the victim within 40 days of sentence"
      )
      Concept(
        "victims-custody-supervisor-promote-victim-safety-prison",
        "In a custody case, did the offender supervisor promote victim safety from the prison setting?"
      )
      Concept(
        "victims-statutory-victim-contact-contact-offered-made",
        "In a statutory victim contact case, was contact offered or made within 40 days?")
      Concept(
        "victims-statutory-victim-contact-victim-have-chance",
        "In a statutory victim contact case, did the victim have the chance to see the relevant section of the parole report?"
      )
      Concept(
        "victims-statutory-victim-contact-information-about-release",
        "In a statutory victim contact case, was information about release conditions given to the victim in a timely manner?"
      )
    }
  }
}
