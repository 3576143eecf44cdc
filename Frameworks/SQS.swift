import InspectionDSL

extension FrameworkCatalog {
  /// Short Quality Screening of youth offending work (SQS), 2012–15: the first weeks of new
  /// orders, across the four themes.
  ///
  /// **Period.** September 2012 (replacing the Core Case Inspection) to 2015; about 20–30 YOTs a
  /// year "whatever their performance" (seed:003 L601, domain.md §6).
  ///
  /// **Sources.** HMI Probation Annual Report 2013–14, section 4.3 (seed:003 L596-662): the
  /// method, the four themes (L575-580), the sample (30 SQS, 694 cases, L605), its case mix
  /// (L615-621) and the key findings by practice area (L631-658). `domain.md` §6.
  ///
  /// **Faithful.** The four themes and their titles; the six practice areas and their titles,
  /// in the report's order; every question is one of the report's case-level findings (cited
  /// beside it); the case attributes the report describes the sample by; no star rating (the
  /// report prints none for SQS).
  ///
  /// **Layout (themes + sections).** One section, *Practice*, whose criteria are the six
  /// practice areas; questions carry the themes. Theme headlines are the mean of the questions
  /// carrying each theme; the SQS "overall score" (L660-662) is the score of the one section.
  /// Declaring the themes as sections instead would have forced each finding into one theme
  /// (the PSR finding names three) and left the practice-area proportions (L641-654) with no
  /// item to compare against.
  ///
  /// **Assumptions.**
  /// - Where the report gives one proportion for a practice area (assessments, L641), the
  ///   criterion has one neutral question per theme it concerns.
  /// - Review questions carry the three themes whose assessments and plans are reviewed.
  /// - Engagement, and the offer of a Welsh-speaking case manager, carry *Ensuring the sentence
  ///   is served* (FJI ties engagement to "meeting the requirements of the sentence", L696).
  /// - The overall score is the mean of the six practice-area criteria; theme headlines are the
  ///   mean of the questions carrying the theme. The report states neither formula.
  /// - PSR findings also cover referral order panel reports ("replicated", L635).
  /// - The PSR's overall quality (1.1.a) and the family's involvement in it (1.1.e) carry no
  ///   theme; "other relevant behaviour" in assessments (1.2.d) carries reoffending. The report
  ///   does not say which theme, if any, they counted towards.
  ///
  /// **Not recovered.** The SQS case assessment tool itself (question texts, answer options);
  /// the "Overall score for Short Quality Screenings" table (an image, L662); the diversity
  /// chart (L607). No question concerns looked-after children or out-of-area placements: the
  /// report gives only their proportions, so those attributes describe the sample only.
  public static let sqs = Framework(
    "SQS", version: "2012", title: "Short Quality Screening of youth offending work"
  ) {
    Period("2012", to: "2015")
    Summary(
      "A two-and-a-half-day screening of a YOT's work in the first few weeks of new orders, "
        + "across four themes: reducing the likelihood of reoffending, protecting the public, "
        + "protecting the child or young person and ensuring the sentence is served. Each case "
        + "is discussed with its case manager; findings are published as a short letter with an "
        + "overall score.")
    Source(
      "HM Inspectorate of Probation Annual Report 2013–14",
      reference: "seeds/003_5d6581b08f963e48.txt",
      note: "Sections 4.1 and 4.3 (L571-662): themes, method, sample, key findings by practice "
        + "area.")
    Source(
      "HM Inspectorate of Probation: Inspection of Youth Offending Work (programme page)",
      reference: "https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/"
        + "about-our-work/youth-inspection-programmes/inspecting-youth-offending-work",
      note: "One case assessment tool for FJI and SQS, 'with SQS using a subset of the questions'.")
    YouthInspection.practiceAssumptions
    Assumption(
      "The overall score is the score of the single practice section (the mean of its six "
        + "criteria); each theme headline is the mean of the questions carrying the theme. The "
        + "report states neither formula.")
    Presentation(displayDecimals: 0)

    YouthInspection.attributes
    YouthInspection.themes

    YouthInspection.practiceSection

    Headline("LoR", "Reducing the likelihood of reoffending", theme: "LoR", sections: "1")
    Headline("RoH", "Protecting the public", theme: "RoH", sections: "1")
    Headline(
      "Safeguarding", "Protecting the child or young person", theme: "Safeguarding",
      sections: "1")
    Headline("CE", "Ensuring the sentence is served", theme: "CE", sections: "1")
  }
}
