// `inspect` for the broken fixture: validate-frameworks --product inspect-broken-fixture.
import BrokenFixture
import InspectCommands

InspectMain.run(frameworks: BrokenFixture.frameworks)
