// InspectionCompiler
