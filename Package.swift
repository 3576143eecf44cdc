// swift-tools-version: 6.1
// InspectionKit: inspection frameworks declared as code, compiled to canonical JSON,
// and used to score samples of inspected cases. Toolchain only: no package dependencies.
import PackageDescription

let package = Package(
  name: "InspectionKit",
  products: [
    .library(name: "InspectionSupport", targets: ["InspectionSupport"]),
    .library(name: "InspectionStatistics", targets: ["InspectionStatistics"]),
    .library(name: "InspectionSchema", targets: ["InspectionSchema"]),
    .library(name: "InspectionDSL", targets: ["InspectionDSL"]),
    .library(name: "InspectionCompiler", targets: ["InspectionCompiler"]),
    .library(name: "InspectionEvaluator", targets: ["InspectionEvaluator"]),
    .library(name: "InspectionReports", targets: ["InspectionReports"]),
    .library(name: "FrameworkCatalog", targets: ["FrameworkCatalog"]),
    .library(name: "InspectCommands", targets: ["InspectCommands"]),
    .library(name: "InspectionComparison", targets: ["InspectionComparison"]),
    .executable(name: "inspect", targets: ["inspect"]),
    .plugin(name: "CompileFrameworks", targets: ["CompileFrameworks"]),
    .plugin(name: "ValidateFrameworks", targets: ["ValidateFrameworks"]),
  ],
  targets: [
    // The toolbox: JSON (parser, Codable, canonical writer), SHA-256, CSV, byte and file
    // sources, atomic and temporary files, diagnostics and suggestions. It knows nothing of
    // frameworks; every other module builds on it.
    .target(
      name: "InspectionSupport",
      dependencies: ["CSHA256", "CSVLineScan"],
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
    ),
    // SHA-256's block function on the CPU's SHA instructions (x86-64 SHA extensions, ARMv8
    // SHA2), which Swift cannot name. A C target of this package, not a package dependency:
    // InspectionSupport checks for the instructions at run time and falls back to its Swift code.
    .target(name: "CSHA256"),
    // The CSV reader's search for the commas of a quote-free line, sixteen bytes at a time
    // (SSE2 on x86-64, a byte loop elsewhere): the vector compare-and-mask instructions it
    // needs cannot be named in Swift. A C target of this package, like CSHA256.
    .target(name: "CSVLineScan"),
    // Statistics over counts: intervals, exact tests, the case bootstrap, seeded random
    // numbers. Plain mathematics, no frameworks.
    .target(
      name: "InspectionStatistics",
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

    // Core: the serialised framework model, what authors write, and the compiler.
    .target(name: "InspectionSchema", dependencies: ["InspectionSupport"]),
    .target(name: "InspectionDSL", dependencies: ["InspectionSchema", "InspectionSupport"]),
    .target(
      name: "InspectionCompiler",
      dependencies: ["InspectionDSL", "InspectionSchema", "InspectionSupport"]),

    // Scoring: depends on the schema only, never on the DSL or the compiler.
    .target(
      name: "InspectionEvaluator",
      dependencies: ["InspectionSchema", "InspectionSupport", "InspectionStatistics"]),
    // Comparisons over scored results: one sample under several frameworks, baseline vs
    // follow-up, programme aggregates, framework diffs, reconciliation with published figures,
    // synthetic samples. No rendering.
    .target(
      name: "InspectionComparison",
      dependencies: [
        "InspectionSchema", "InspectionEvaluator", "InspectionStatistics", "InspectionSupport",
      ]),
    // Every rendering: text tables, JSON, CSV, Markdown, HTML and SVG, for scores, booklets,
    // explanations and comparisons.
    .target(
      name: "InspectionReports",
      dependencies: [
        "InspectionEvaluator", "InspectionComparison", "InspectionSchema", "InspectionStatistics",
        "InspectionSupport",
      ]),

    // The historical frameworks, declared in the DSL, one file each.
    .target(name: "FrameworkCatalog", dependencies: ["InspectionDSL"], path: "Frameworks"),

    // CLI: commands as a testable library, and a thin executable.
    .target(
      name: "InspectCommands",
      dependencies: [
        "InspectionSchema", "InspectionDSL", "InspectionCompiler", "InspectionEvaluator",
        "InspectionReports", "FrameworkCatalog", "InspectionComparison", "InspectionSupport",
      ]
    ),
    .executableTarget(name: "inspect", dependencies: ["InspectCommands"]),

    // Command plugins for packages of frameworks: thin, they build and run the package's
    // `inspect-frameworks` executable (see docs/criteria-packs.md).
    .plugin(
      name: "CompileFrameworks",
      capability: .command(
        intent: .custom(
          verb: "compile-frameworks",
          description: "Write the canonical JSON of this package's inspection frameworks."),
        permissions: [
          .writeToPackageDirectory(
            reason: "compile-frameworks writes <id>-<version>.json for each framework into the "
              + "output directory (CompiledFrameworks/ unless --output names another).")
        ]),
      path: "Plugins/CompileFrameworks"),
    .plugin(
      name: "ValidateFrameworks",
      capability: .command(
        intent: .custom(
          verb: "validate-frameworks",
          description: "Check this package's inspection frameworks; exit non-zero with "
            + "file:line diagnostics on any error.")),
      path: "Plugins/ValidateFrameworks"),

    // Tests mirror the source modules; InspectionTestSupport holds what they share (golden
    // files, a seeded generator).
    .target(name: "InspectionTestSupport", path: "Tests/InspectionTestSupport"),
    .testTarget(
      name: "InspectionSupportTests", dependencies: ["InspectionTestSupport", "InspectionSupport"],
      exclude: ["Zip/Fixtures", "XLSX/Fixtures"]),
    .testTarget(
      name: "InspectionStatisticsTests", dependencies: ["InspectionStatistics"]),
    .testTarget(
      name: "InspectionSchemaTests",
      dependencies: ["InspectionTestSupport", "InspectionSchema", "InspectionSupport"]),
    .testTarget(name: "CSVLineScanTests", dependencies: ["InspectionTestSupport", "CSVLineScan"]),
    .testTarget(
      name: "InspectionDSLTests",
      dependencies: [
        "InspectionDSL", "InspectionCompiler", "InspectionSchema", "InspectionSupport",
      ]),
    .testTarget(
      name: "InspectionCompilerTests",
      dependencies: [
        "InspectionTestSupport",
        "InspectionCompiler", "InspectionDSL", "InspectionSchema", "FrameworkCatalog",
        "InspectionSupport",
      ],
      resources: [.copy("Snapshots")]
    ),
    .testTarget(
      name: "InspectionEvaluatorTests",
      dependencies: [
        "InspectionTestSupport", "InspectionEvaluator", "InspectionSchema", "InspectionCompiler",
        "InspectionDSL",
        // The JSON report is the byte-level oracle of the property tests, and the
        // Demonstration framework their subject.
        "InspectionReports", "FrameworkCatalog", "InspectionStatistics", "InspectionSupport",
      ]
    ),
    .testTarget(
      name: "FrameworkCatalogTests",
      dependencies: [
        "FrameworkCatalog", "InspectionCompiler", "InspectionEvaluator", "InspectionDSL",
        "InspectionSchema",
      ]
    ),
    .testTarget(
      name: "InspectCommandsTests",
      dependencies: [
        "InspectionTestSupport", "InspectCommands", "inspect", "FrameworkCatalog", "InspectionDSL",
        "InspectionSchema", "InspectionSupport",
      ]
    ),
    .testTarget(
      name: "InspectionReportsTests",
      dependencies: [
        "InspectionTestSupport",
        "InspectionReports", "InspectionEvaluator", "InspectionSchema", "InspectionCompiler",
        "FrameworkCatalog", "InspectionSupport",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "InspectionComparisonTests",
      dependencies: [
        "InspectionTestSupport", "InspectionComparison", "InspectionEvaluator", "InspectionSchema",
        "InspectionCompiler", "InspectionDSL", "FrameworkCatalog", "InspectionSupport",
        "InspectionStatistics",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
