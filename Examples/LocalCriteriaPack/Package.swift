// swift-tools-version: 6.1
// A criteria pack: a local service's own inspection frameworks, declared with InspectionKit's
// DSL in a package of their own. InspectionKit's plugins validate and compile them:
//
//   swift package validate-frameworks
//   swift package --allow-writing-to-package-directory compile-frameworks --output CompiledFrameworks
//   swift run inspect-frameworks score OMI-local Samples/omi-local.csv
import PackageDescription

let package = Package(
  name: "LocalCriteriaPack",
  products: [
    .library(name: "LocalCriteria", targets: ["LocalCriteria"]),
    // The pack's own `inspect`: the plugins build and run it (see InspectionKit's README).
    .executable(name: "inspect-frameworks", targets: ["inspect-frameworks"]),
    // A deliberately broken declaration, for the CI check that validation fails with file:line.
    .executable(name: "inspect-broken-fixture", targets: ["inspect-broken-fixture"]),
  ],
  dependencies: [
    // In your own pack: .package(url: "https://…/InspectionKit.git", from: "0.1.0")
    .package(name: "InspectionKit", path: "../..")
  ],
  targets: [
    // The frameworks, one file each, and the list the executable passes to InspectMain.
    .target(
      name: "LocalCriteria",
      dependencies: [
        .product(name: "InspectionDSL", package: "InspectionKit"),
        .product(name: "FrameworkCatalog", package: "InspectionKit"),
      ]),
    .executableTarget(
      name: "inspect-frameworks",
      dependencies: [
        "LocalCriteria", .product(name: "InspectCommands", package: "InspectionKit"),
      ]),

    // Test fixture: compiles as Swift, fails validation. Not part of LocalCriteria.frameworks.
    .target(
      name: "BrokenFixture",
      dependencies: [
        .product(name: "InspectionDSL", package: "InspectionKit"),
        .product(name: "FrameworkCatalog", package: "InspectionKit"),
      ],
      path: "Fixtures/BrokenFixture"),
    .executableTarget(
      name: "inspect-broken-fixture",
      dependencies: [
        "BrokenFixture", .product(name: "InspectCommands", package: "InspectionKit"),
      ],
      path: "Fixtures/inspect-broken-fixture"),
  ],
  swiftLanguageModes: [.v6]
)
