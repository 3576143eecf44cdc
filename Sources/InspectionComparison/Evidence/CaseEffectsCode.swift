import InspectionSchema

/// Answer effects packed one byte each, so a kept case costs one byte per question.
enum CaseEffectsCode {
  static let unanswered: UInt8 = 0
  static let sufficient: UInt8 = 1
  static let insufficient: UInt8 = 2
  static let notRelevant: UInt8 = 3

  static func pack(_ effects: [AnswerEffect?]) -> [UInt8] {
    effects.map { effect in
      switch effect {
      case .sufficient?: sufficient
      case .insufficient?: insufficient
      case .notRelevant?: notRelevant
      case nil: unanswered
      }
    }
  }
}
