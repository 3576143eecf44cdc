// swift-tools-version: 6.1
// An illustrative ratings pack: a standards-and-ratings framework of the shape inspectorates
// have used since 2018, declared with InspectionKit's DSL, with a sample, judgements and tests.
// It is an illustration of the constructs, not an inspectorate's methodology.
//
//   swift package validate-frameworks
//   swift run inspect-frameworks score RATINGS-ILLUSTRATION Samples/sample.csv \
//     --judgements Samples/judgements.csv
//   swift test
import PackageDescription

let package = Package(
  name: "RatingsPack",
  products: [
    .library(name: "RatingsIllustration", targets: ["RatingsIllustration"]),
    // The pack's own `inspect`: the plugins build and run it (see InspectionKit's README).
    .executable(name: "inspect-frameworks", targets: ["inspect-frameworks"]),
  ],
  dependencies: [
    // In your own pack: .package(url: "https://…/InspectionKit.git", from: "0.1.0")
    .package(name: "InspectionKit", path: "../..")
  ],
  targets: [
    .target(
      name: "RatingsIllustration",
      dependencies: [.product(name: "InspectionDSL", package: "InspectionKit")]),
    .executableTarget(
      name: "inspect-frameworks",
      dependencies: [
        "RatingsIllustration", .product(name: "InspectCommands", package: "InspectionKit"),
      ]),
    // The expected ratings, computed by hand in the test, against the sample and judgements.
    .testTarget(
      name: "RatingsIllustrationTests",
      dependencies: [
        "RatingsIllustration",
        .product(name: "InspectionCompiler", package: "InspectionKit"),
        .product(name: "InspectionEvaluator", package: "InspectionKit"),
        .product(name: "InspectionReports", package: "InspectionKit"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
