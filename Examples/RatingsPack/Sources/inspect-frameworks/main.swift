// The pack's own `inspect`: every inspect command, knowing this pack's framework as well as
// the shipped ones. The compile-frameworks and validate-frameworks plugins run it.
import InspectCommands
import RatingsIllustration

InspectMain.run(frameworks: RatingsIllustration.frameworks)
