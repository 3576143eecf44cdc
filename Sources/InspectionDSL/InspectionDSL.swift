// InspectionDSL
