import InspectionDSL

extension FrameworkCatalog {
  /// FJI 2013 → 2013.2: the practice-area layout to the question bank by theme.
  ///
  /// Every question of version 2013 has a place in the bank; most moved into their theme
  /// with the same text and relevance (`.equal`). The three review questions and "were the
  /// issues managers identified remedied", which 2013 asked once for several themes, are asked
  /// per theme in 2013.2: each old question is broader than each of its new ones.
  public static let fji2013Revision = youthRevision(
    from: "FJI@2013", to: "FJI@2013.2", title: "FJI 2013 to 2013.2: the question bank by theme",
    questions: YouthRevision.practice + YouthRevision.fullJointInspectionOnly)

  /// FJI 2012 → 2012.2: as ``fji2013Revision``.
  public static let fji2012Revision = youthRevision(
    from: "FJI@2012", to: "FJI@2012.2", title: "FJI 2012 to 2012.2: the question bank by theme",
    questions: YouthRevision.practice + YouthRevision.fullJointInspectionOnly)

  /// SQS 2012 → 2012.2: the practice questions, as in ``fji2013Revision``.
  public static let sqsRevision = youthRevision(
    from: "SQS@2012", to: "SQS@2012.2", title: "SQS 2012 to 2012.2: the question bank by theme",
    questions: YouthRevision.practice)

  /// SQS 2012.2 → FJI 2013.2: SQS asks a subset of FJI's questions, word for word, so each
  /// maps to itself.
  public static let sqsToFJI = Crosswalk(
    from: "SQS@2012.2", to: "FJI@2013.2", title: "SQS 2012.2 to FJI 2013.2: the subset it asks"
  ) {
    let asked = Set(YouthRevision.practice.flatMap(\.to))
    for id in fji2013Revised.declaredQuestionIDs() where asked.contains(id) {
      Map(id, to: id, .equal)
    }
  }

  private static func youthRevision(
    from: String, to: String, title: String, questions: [YouthRevision.Move]
  ) -> Crosswalk {
    Crosswalk(from: from, to: to, title: title) {
      for move in questions {
        if move.to.count == 1 {
          Map(move.from, to: move.to[0], .equal)
        } else {
          // Asked once for several themes in the old version, once per theme in the new.
          for target in move.to { Map(move.from, to: target, .broader) }
        }
      }
    }
  }
}

/// Where each question of the 2012–13 youth declarations went in the question bank by theme.
enum YouthRevision {
  /// An old question id and its new id (several when it is now asked per theme).
  struct Move {
    let from: String
    let to: [String]

    init(_ from: String, _ to: String...) {
      self.from = from
      self.to = to
    }
  }

  /// The practice questions, which SQS and FJI share.
  static let practice: [Move] = [
    Move("1.1.a", "1.1.a"), Move("1.1.b", "1.1.b"), Move("1.1.c", "2.1.a"),
    Move("1.1.d", "3.1.a"), Move("1.1.e", "4.1.a"),
    Move("1.2.a", "1.2.a"), Move("1.2.b", "2.2.a"), Move("1.2.c", "3.2.a"),
    Move("1.2.d", "1.2.b"),
    Move("1.3.a", "1.3.a"), Move("1.3.b", "1.3.b"), Move("1.3.c", "1.3.c"),
    Move("1.3.d", "2.3.a"), Move("1.3.e", "2.3.b"), Move("1.3.f", "3.3.a"),
    Move("1.4.a", "1.4.a", "2.4.a", "3.4.a"), Move("1.4.b", "1.4.b", "2.4.b", "3.4.b"),
    Move("1.4.c", "1.4.c", "2.4.c", "3.4.c"),
    Move("1.5.a", "2.5.a"), Move("1.5.b", "3.5.a"), Move("1.5.c", "2.5.b", "3.5.b"),
    Move("1.6.a", "4.1.b"), Move("1.6.b", "4.1.c"), Move("1.6.c", "4.1.d"),
    Move("1.6.d", "4.1.e"),
  ]

  /// FJI's initial outcomes and management of practice.
  static let fullJointInspectionOnly: [Move] = [
    Move("2.1.a", "1.5.a"), Move("2.1.b", "1.5.b"), Move("2.2.a", "3.6.b"),
    Move("2.3.a", "4.2.c"), Move("2.4.a", "4.2.b"), Move("2.5.a", "4.2.a"),
    Move("2.6.a", "2.6.a"), Move("2.7.a", "3.6.a"), Move("2.8.a", "1.5.c"),
    Move("3.1.a", "5.1.a"), Move("3.1.b", "5.1.b"), Move("3.1.c", "5.1.c"),
    Move("3.2.a", "5.2.a"), Move("3.3.a", "5.3.a"), Move("3.4.a", "5.4.a"),
  ]
}
