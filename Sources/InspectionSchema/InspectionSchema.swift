// InspectionSchema
