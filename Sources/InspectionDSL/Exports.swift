// Authors write frameworks with the DSL alone: the shared vocabulary of the schema
// (aggregation rules, applicability, answer effects, bounds) comes with it.
@_exported import InspectionSchema
