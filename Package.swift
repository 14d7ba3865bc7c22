// swift-tools-version: 6.0
import PackageDescription

/// Release builds make each generic type's metadata by calling the runtime with its arguments,
/// not by a mangled name the runtime must demangle and check against every protocol
/// conformance of the binary: that lookup was a tenth of the instructions of a one-file run.
let metadataWithoutMangledNames: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
    name: "iop-lint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "iop-lint", targets: ["iop-lint"]),
        .library(name: "IOPLintCore", targets: ["IOPLintCore"]),
        // Fuzz targets (scripts/fuzz.sh builds them with libFuzzer; a normal build makes
        // programs that replay saved inputs).
        .executable(name: "fuzz-lint", targets: ["FuzzLint"]),
        .executable(name: "fuzz-rule-file", targets: ["FuzzRuleFile"]),
        .executable(name: "fuzz-config", targets: ["FuzzConfig"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "IOPYAML", dependencies: ["CLibYAML"], swiftSettings: metadataWithoutMangledNames),
        // The tries of the built-in packs' term lists, as C arrays the binary holds as they are.
        .target(name: "CBuiltInTermForms"),
        // mimalloc, the program's allocator: linked into the executable, it takes the place of
        // the C library's malloc and free for the whole process (the Swift runtime's objects,
        // libyaml's events). A lint run allocates and frees millions of small blocks on several
        // threads: with it, 6 % fewer instructions for 200 agreements and 3.6 % for a 1 MB one
        // (callgrind), and large agreements get huge pages without a restart (LargePages.swift).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"]), .brew(["mimalloc"])]),
        .target(name: "CLargePages", dependencies: ["CMimalloc"]),
        .target(
            name: "IOPLintCore", dependencies: ["IOPYAML", "CBuiltInTermForms"],
            swiftSettings: metadataWithoutMangledNames),
        .target(
            name: "IOPLintDocuments",
            dependencies: ["IOPLintCore", "IOPYAML", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: metadataWithoutMangledNames
        ),
        .target(
            name: "IOPLintServer", dependencies: ["IOPLintCore", "IOPYAML"], swiftSettings: metadataWithoutMangledNames),
        .target(
            name: "IOPLintCache",
            dependencies: ["IOPLintCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: metadataWithoutMangledNames
        ),
        .executableTarget(
            name: "iop-lint",
            dependencies: [
                "IOPLintCore",
                "IOPLintDocuments",
                "IOPLintServer",
                "IOPLintCache",
                "CMimalloc",
                "CLargePages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build on Linux carries Swift's own libraries (the runtime, Foundation),
            // as scripts/release.sh's --static-swift-stdlib does: the dynamic loader then binds
            // no Swift symbols at start-up (a sixth of a one-file run's instructions). Compiling
            // this target against the static libraries makes it name every library they need
            // to the linker. Debug builds (and so `swift test`) link them dynamically. The
            // toolchain's lld links it rather than gold: the same code then starts about a tenth
            // faster (one 5 KB file: 11.5 against 13.1 ms, median of 60 alternating runs).
            // It links a position-dependent executable (`-no-pie`): the linker fills in the
            // 100 000 addresses that the dynamic loader would otherwise write into the binary's
            // data at every start, copying each page it writes (240 of a one-file run's 1 300
            // page faults; that run takes a tenth less time: 16.9 against 18.5 ms, median of 60
            // alternating runs). The executable's own code then loads at a fixed address; the
            // libraries, heap and stack are still placed at random.
            // GCC's C++ runtime, which the Swift runtime and swift-crypto need, is linked in from
            // its static archive too: scripts/link holds a `libstdc++.so` that says so, found on
            // the search path before GCC's own. Mapping and relocating the shared libstdc++ took
            // a tenth of a one-file run (median of 60 alternating runs: 15.0 against 13.4 ms;
            // 747 against 674 page faults). The archive, libstdc++.a, comes with GCC's C++
            // development files (Debian and Ubuntu: libstdc++-12-dev, which Swift needs anyway;
            // Fedora: libstdc++-static).
            swiftSettings: metadataWithoutMangledNames + [
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
            ],
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-use-ld=lld", "-Xclang-linker", "-no-pie",
                        "-L\(Context.packageDirectory)/scripts/link",
                    ],
                    .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzLint", dependencies: ["IOPLintCore", "FuzzSupport"], path: "Fuzz/FuzzLint"),
        .executableTarget(
            name: "FuzzRuleFile", dependencies: ["IOPLintCore", "FuzzSupport"], path: "Fuzz/FuzzRuleFile"),
        .executableTarget(name: "FuzzConfig", dependencies: ["IOPLintCore", "FuzzSupport"], path: "Fuzz/FuzzConfig"),
        // What the test targets share: temporary folders that a test removes however it ends.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "IOPYAMLTests", dependencies: ["IOPYAML"]),
        .testTarget(name: "CLargePagesTests", dependencies: ["CLargePages"]),
        .testTarget(
            name: "IOPLintCoreTests",
            dependencies: ["IOPLintCore", "IOPYAML", "TestSupport"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "IOPLintCacheTests", dependencies: ["IOPLintCache", "IOPLintCore", "IOPYAML"]),
        .testTarget(
            name: "IOPLintServerTests", dependencies: ["IOPLintServer", "IOPLintCore", "IOPYAML", "TestSupport"]),
        .testTarget(
            name: "IOPLintDocumentsTests",
            dependencies: [
                "IOPLintDocuments", "IOPLintCore", "IOPYAML", "TestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "IOPLintCLITests",
            dependencies: ["iop-lint", "IOPYAML", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
