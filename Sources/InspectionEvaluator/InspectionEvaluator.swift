// InspectionEvaluator
