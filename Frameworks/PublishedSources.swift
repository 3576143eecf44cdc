import InspectionDSL

/// Published sources that several shipped frameworks cite, declared once so that each
/// framework's `Source` says the same thing about the same document.
///
/// ```swift
/// PublishedSources.annualReport2013to14(note: "Chapter 2: IAOW's five key areas.")
/// ```
enum PublishedSources {
  /// The id items cite for HM Inspectorate of Probation's Annual Report 2013–14.
  static let annualReportID = "annual-report-2013-14"

  /// HM Inspectorate of Probation's Annual Report 2013–14 (July 2014), with what a framework
  /// takes from it.
  static func annualReport2013to14(
    note: String, fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Source {
    Source(
      id: annualReportID, publisher: "HM Inspectorate of Probation",
      title: "HM Inspectorate of Probation Annual Report 2013-14: Independent inspection of adult "
        + "& youth offending work",
      date: "July 2014",
      reference: "ISBN 978-1-84099-656-2; published on HM Inspectorate of Probation's website",
      url: "http://www.justiceinspectorates.gov.uk/hmiprobation", note: note, fileID: fileID,
      line: line, column: column)
  }

  /// The id items cite for the inspectorate's programme page on inspecting youth offending work.
  static let youthProgrammeID = "youth-inspection-programme-page"

  /// HM Inspectorate of Probation's page on its youth inspection programmes (2012–2015), which
  /// says one case assessment tool served FJI and SQS.
  ///
  /// - Parameter note: what a framework takes from the page; by default, that one tool served
  ///   both programmes, SQS using a subset of its questions.
  static func youthProgrammePage(
    note: String? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Source {
    Source(
      id: youthProgrammeID, publisher: "HM Inspectorate of Probation",
      title: "Inspection of Youth Offending Work (programme page)", date: "2012-2015 programme",
      reference: "HM Inspectorate of Probation website, About our work, youth inspection "
        + "programmes",
      url: "https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/"
        + "about-our-work/youth-inspection-programmes/inspecting-youth-offending-work",
      note: note
        ?? "One case assessment tool for FJI and SQS, 'with SQS using a subset of the "
        + "questions'.", fileID: fileID, line: line, column: column)
  }
}
