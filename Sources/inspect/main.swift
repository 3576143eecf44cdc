// The `inspect` executable: everything happens in InspectCommands, which tests run in-process.
import InspectCommands

InspectMain.run()
