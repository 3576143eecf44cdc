// InspectCommands
