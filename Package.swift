// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "i2gw",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "i2gw", targets: ["i2gw"]),
        // The pipeline as a library, for tools that drive it without the command line
        // (the fuzz target under scripts/fuzz-target).
        .library(name: "I2GWPipeline", targets: ["YAMLKit", "MigrationCore", "Providers", "Verify"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLKit", dependencies: ["CLibYAML"]),
        .target(name: "MigrationCore", dependencies: ["YAMLKit"]),
        .target(name: "Providers", dependencies: ["MigrationCore"]),
        .target(name: "Verify", dependencies: ["MigrationCore", "YAMLKit"]),
        .executableTarget(
            name: "i2gw",
            dependencies: [
                "MigrationCore", "Providers", "Verify",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLKitTests", dependencies: ["YAMLKit"]),
        .testTarget(name: "MigrationCoreTests", dependencies: ["MigrationCore", "Providers", "YAMLKit"]),
        .testTarget(name: "CLITests", dependencies: ["i2gw", "YAMLKit"]),
        .testTarget(name: "VerifyTests", dependencies: ["Verify", "MigrationCore", "Providers", "YAMLKit"]),
    ]
)
