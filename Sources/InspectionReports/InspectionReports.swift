// InspectionReports
