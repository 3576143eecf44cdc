import InspectionSchema
import InspectionSupport

/// A declaration's `file:line:column` (the name `SourceLocation` is also Swift Testing's).
typealias Location = InspectionSupport.SourceLocation
