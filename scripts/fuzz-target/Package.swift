// swift-tools-version:5.4
// The libFuzzer target for i2gw's parse → translate → emit path and its verification. It is a
// package of its own so that the main package builds and tests without the fuzzer runtime;
// `scripts/fuzz` builds it with `-sanitize=fuzzer,address` and runs it.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's entry point to
// `<module>_main` on Linux, which leaves nothing for libFuzzer's own `main` to call. The code is
// still compiled by the Swift 6 compiler (in Swift 5 language mode).
import PackageDescription

let package = Package(
    name: "i2gw-fuzz",
    dependencies: [
        .package(name: "i2gw", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "I2GWFuzz",
            dependencies: [.product(name: "I2GWPipeline", package: "i2gw")]
        )
    ]
)
