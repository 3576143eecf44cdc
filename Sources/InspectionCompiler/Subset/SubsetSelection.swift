import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Which sections, criteria and questions of a question bank a ``Subset`` takes, and what is
/// wrong with what it names.
///
/// An id taken names its element and everything inside it; a question or criterion taken alone
/// brings its containers, holding only what was taken. Exclusions then leave criteria or
/// questions out. Every problem is reported at the `Subset` declaration: unknown ids (IK0198),
/// an element taken twice, an exclusion outside what is taken, a container left empty, a taken
/// question whose relevance reads an answer left out, nothing taken (IK0199).
///
/// ```swift
/// let selection = SubsetSelection(Subset(of: bank, "1", "2").excluding("1.5"))
/// selection.questions.contains("1.5.a")   // false
/// ```
struct SubsetSelection {
  /// The sections kept (whole or as containers).
  private(set) var sections: Set<String> = []
  /// The criteria kept.
  private(set) var criteria: Set<String> = []
  /// The questions kept.
  private(set) var questions: Set<String> = []
  /// Problems with the selection.
  private(set) var diagnostics: [Diagnostic] = []

  /// One element of the bank: its kind, its containers and everything inside it.
  private struct Place {
    let kind: String
    let ancestors: [String]
    let subtree: [String]
  }

  /// Resolves `subset` against its bank's declaration.
  init(_ subset: Subset) {
    let bank = subset.bank
    let label = "\(bank.id)@\(bank.version)"
    let at = subset.location
    var places: [String: Place] = [:]
    var order: [String] = []
    var questionsOfCriterion: [String: [Question]] = [:]
    for case .section(let section) in bank.elements {
      let inside = section.criteria.flatMap { [$0.id] + $0.questions.map(\.id) }
      places[section.id] = Place(kind: "section", ancestors: [], subtree: [section.id] + inside)
      order.append(section.id)
      for criterion in section.criteria {
        let questionIDs = criterion.questions.map(\.id)
        places[criterion.id] = Place(
          kind: "criterion", ancestors: [section.id], subtree: [criterion.id] + questionIDs)
        order.append(criterion.id)
        questionsOfCriterion[criterion.id] = criterion.questions
        for question in criterion.questions {
          places[question.id] = Place(
            kind: "question", ancestors: [section.id, criterion.id], subtree: [question.id])
          order.append(question.id)
        }
      }
    }

    func report(_ code: DiagnosticCode, _ message: String) {
      diagnostics.append(Diagnostic(code, message, location: at))
    }
    func unknown(_ id: String, _ verb: String) {
      report(
        .unknownSubsetElement,
        "the subset \(verb) \(Quoted(id)), which \(label) does not have."
          + Suggestion.didYouMean(id, among: order))
    }

    // What each selected id takes, and which selection took each element.
    var owner: [String: String] = [:]
    var kept: Set<String> = []
    for id in subset.selected {
      guard let place = places[id] else {
        unknown(id, "takes")
        continue
      }
      if let first = owner[id] {
        report(
          .inconsistentSubset,
          first == id
            ? "the subset takes \(Quoted(id)) twice; name it once"
            : "the subset takes \(Quoted(id)), which it already takes with \(Quoted(first)); "
              + "name one of them")
        continue
      }
      if let inside = place.subtree.first(where: { owner[$0] != nil }), let first = owner[inside] {
        report(
          .inconsistentSubset,
          "the subset takes \(place.kind) \(Quoted(id)), which holds \(Quoted(inside)), already "
            + "taken with \(Quoted(first)); name one of them")
        continue
      }
      for element in place.subtree { owner[element] = id }
      kept.formUnion(place.subtree)
      kept.formUnion(place.ancestors)
    }

    var excluded: Set<String> = []
    for id in subset.excluded {
      guard let place = places[id] else {
        unknown(id, "excludes")
        continue
      }
      if place.kind == "section" {
        report(
          .inconsistentSubset,
          "the subset excludes section \(Quoted(id)); leave a section out by not taking it")
      } else if !excluded.insert(id).inserted {
        report(.inconsistentSubset, "the subset excludes \(Quoted(id)) twice; name it once")
      } else if owner[id] == id {
        report(
          .inconsistentSubset,
          "the subset both takes and excludes \(Quoted(id)); do one or the other")
      } else if owner[id] == nil || !kept.contains(id) {
        report(
          .inconsistentSubset,
          "the subset excludes \(place.kind) \(Quoted(id)), which it does not take")
      } else {
        kept.subtract(place.subtree)
      }
    }

    // Containers emptied by exclusions.
    for case .section(let section) in bank.elements where kept.contains(section.id) {
      for criterion in section.criteria where kept.contains(criterion.id) {
        if !criterion.questions.isEmpty,
          !criterion.questions.contains(where: { kept.contains($0.id) })
        {
          report(
            .inconsistentSubset,
            "the subset leaves criterion \(Quoted(criterion.id)) with no questions; exclude the "
              + "criterion instead")
          kept.remove(criterion.id)
        }
      }
      if !section.criteria.contains(where: { kept.contains($0.id) }) {
        report(
          .inconsistentSubset,
          "the subset leaves section \(Quoted(section.id)) with no criteria; do not take it")
        kept.remove(section.id)
      }
    }

    // Relevance that reads an answer the subset does not ask.
    for criterion in questionsOfCriterion.keys.sorted() where kept.contains(criterion) {
      for question in questionsOfCriterion[criterion] ?? [] where kept.contains(question.id) {
        for reference in question.applicability?.answerReferences ?? []
        where places[reference.id]?.kind == "question" && !kept.contains(reference.id) {
          report(
            .inconsistentSubset,
            "the subset takes question \(Quoted(question.id)), which is relevant only by the "
              + "answer to \(Quoted(reference.id)), which it leaves out; take \(Quoted(reference.id)) "
              + "too")
        }
      }
    }

    // The same for conditions a section or criterion passes on to its questions.
    for case .section(let section) in bank.elements where kept.contains(section.id) {
      var conditioned = [("section", section.id, section.applicability)]
      conditioned += section.criteria.filter { kept.contains($0.id) }.map {
        ("criterion", $0.id, $0.applicability)
      }
      for (kind, id, condition) in conditioned {
        for reference in condition?.answerReferences ?? []
        where places[reference.id]?.kind == "question" && !kept.contains(reference.id) {
          report(
            .inconsistentSubset,
            "the subset takes \(kind) \(Quoted(id)), whose questions are relevant only by the "
              + "answer to \(Quoted(reference.id)), which it leaves out; take "
              + "\(Quoted(reference.id)) too")
        }
      }
    }

    if subset.selected.isEmpty || (kept.isEmpty && diagnostics.isEmpty) {
      report(
        .inconsistentSubset,
        "the subset takes nothing; name the sections, criteria or questions of \(label) it asks")
    }
    for id in kept {
      switch places[id]?.kind {
      case "section": sections.insert(id)
      case "criterion": criteria.insert(id)
      default: questions.insert(id)
      }
    }
  }
}
