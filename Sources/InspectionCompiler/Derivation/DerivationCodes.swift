import InspectionSchema
import InspectionSupport

extension DiagnosticCode {
  // Derived frameworks (IK0190–IK0196).
  public static let baseDoesNotCompile = DiagnosticCode(
    "IK0190", "base framework does not compile",
    "A derived framework's base has errors of its own; they are listed after this one. Fix the "
      + "base first.")
  public static let unknownChangeTarget = DiagnosticCode(
    "IK0191", "change names an unknown element",
    "Add, Replace, Remove, Reweight or Reband names an id the base does not have (or that an "
      + "earlier change removed). Check the id against 'inspect show' of the base.")
  public static let duplicateAddition = DiagnosticCode(
    "IK0192", "addition repeats an id",
    "A derived framework adds an element whose id the base already has, or adds it twice. Use "
      + "Replace to change a base element, or choose a new id.")
  public static let removalLeavesEmpty = DiagnosticCode(
    "IK0193", "removal leaves an element empty",
    "Removing the last question of a criterion, the last criterion of a section or the last "
      + "section leaves nothing to score. Remove the container too, or add a replacement.")
  public static let removalEmptiesHeadline = DiagnosticCode(
    "IK0194", "removal leaves a headline over no questions",
    "The removal takes away every question the headline counted. Remove or replace the "
      + "headline too, or keep a question with its theme.")
  public static let removedStillReferenced = DiagnosticCode(
    "IK0195", "removed element still referenced",
    "A removed section, criterion, question or headline is still named by a headline, an "
      + "overall rating or a question's applicability. Change or remove those too.")
  public static let changeKindMismatch = DiagnosticCode(
    "IK0196", "change does not fit the element",
    "The change does not apply to this kind of element: replace like with like, give weights "
      + "to sections, criteria and questions, and rules to sections, criteria and headlines.")

  // Subsets of a question bank (IK0197–IK0199).
  public static let bankUnusable = DiagnosticCode(
    "IK0197", "question bank cannot be used",
    "A Subset's bank must be a framework declared directly (not derived) that compiles; its "
      + "own errors are listed after this one. A derived framework cannot take a subset: "
      + "declare the subset framework directly.")
  public static let unknownSubsetElement = DiagnosticCode(
    "IK0198", "subset names an unknown element",
    "Subset(of:) or .excluding names an id the bank does not have. Check the id against "
      + "'inspect show' of the bank.")
  public static let inconsistentSubset = DiagnosticCode(
    "IK0199", "subset does not hold together",
    "The subset takes an element twice, excludes what it does not take (or a whole section), "
      + "leaves a criterion or section empty, takes a question whose relevance depends on a "
      + "question it leaves out, or takes nothing. Take each element once, whole or through "
      + "its container, and keep what the taken questions depend on.")

  /// Every code a derived framework's or a subset's compilation adds, in code order.
  public static let derivationCodes: [DiagnosticCode] = [
    .baseDoesNotCompile, .unknownChangeTarget, .duplicateAddition, .removalLeavesEmpty,
    .removalEmptiesHeadline, .removedStillReferenced, .changeKindMismatch, .bankUnusable,
    .unknownSubsetElement, .inconsistentSubset,
  ]
}
