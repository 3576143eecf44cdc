// The pack's own `inspect`: every inspect command, knowing this pack's frameworks as well as
// the shipped ones. The compile-frameworks and validate-frameworks plugins run it.
import InspectCommands
import LocalCriteria

InspectMain.run(frameworks: LocalCriteria.frameworks)
