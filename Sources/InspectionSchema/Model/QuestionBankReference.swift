extension FrameworkDocument {
  /// The question bank a framework takes its questions from: another framework, of which it
  /// uses a declared subset.
  ///
  /// One case assessment tool may serve several inspection programmes, each asking some of its
  /// questions (HMI Probation's Short Quality Screening used "a subset of the questions" of the
  /// Full Joint Inspection's tool). The subset's sections, criteria and questions are the
  /// bank's, word for word, with their citations; `select` and `exclude` say which, as
  /// declared, and the bank is pinned by fingerprint.
  ///
  /// ```swift
  /// document.subsetOf?.label    // "FJI@2013.2"
  /// document.subsetOf?.select   // ["1", "2", "3", "4"]
  /// ```
  public struct QuestionBankReference: Hashable, Sendable, Codable {
    /// The bank's framework id.
    public var id: String
    /// The bank's version.
    public var version: String
    /// The fingerprint of the bank's canonical document (`sha256:…`).
    public var fingerprint: String
    /// The sections, criteria and questions of the bank taken whole, as declared.
    public var select: [String]
    /// The criteria and questions left out of what `select` takes, as declared.
    public var exclude: [String]
    /// Where the subset relation comes from, if recorded.
    public var provenance: Provenance?

    /// Creates a reference.
    public init(
      id: String, version: String, fingerprint: String, select: [String],
      exclude: [String] = [], provenance: Provenance? = nil
    ) {
      self.id = id
      self.version = version
      self.fingerprint = fingerprint
      self.select = select
      self.exclude = exclude
      self.provenance = provenance
    }

    /// `id@version` of the bank.
    public var label: String { "\(id)@\(version)" }
  }
}
