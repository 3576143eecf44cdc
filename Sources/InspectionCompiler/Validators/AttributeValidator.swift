import InspectionSchema
import InspectionSupport

/// Every case attribute declares its allowed values.
///
/// Reports ``DiagnosticCode/emptyAttribute`` (IK0133).
public struct AttributeValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    for (index, attribute) in context.document.attributes.enumerated()
    where attribute.values.isEmpty {
      context.report(
        .emptyAttribute,
        "attribute \(Quoted(attribute.id)) declares no values; list the values a "
          + "case may have", at: "attributes[\(index)]")
    }
  }
}
