// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "roadmap", targets: ["roadmap"]),
        .executable(name: "roadmap-bench", targets: ["roadmap-bench"]),
        .library(name: "RoadmapModel", targets: ["RoadmapModel"]),
        .library(name: "RoadmapStore", targets: ["RoadmapStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Plain values: roadmap, schools, measures, progress, deadlines, overdue. No I/O.
        .target(name: "RoadmapModel"),
        // The one safe way to replace a file, and the system's errors in Russian.
        .target(name: "RoadmapFiles"),
        // The only code that reads and writes the data directory.
        .target(
            name: "RoadmapStore",
            dependencies: ["RoadmapModel", "RoadmapFiles"],
            resources: [.copy("Samples"), .copy("Schemas")]
        ),
        // Data across machines: the real `git` as a subprocess, the data directory its working tree.
        .target(name: "RoadmapSync", dependencies: ["RoadmapModel", "RoadmapStore"]),
        // The region: the municipalities it follows, their copies pulled through git, read together.
        .target(name: "RoadmapRegion", dependencies: ["RoadmapModel", "RoadmapFiles", "RoadmapStore", "RoadmapSync", "RoadmapDocuments", "RoadmapApp"]),
        // Documents out: the «информационная справка» (DOCX, Markdown, HTML, CSV) and iCalendar.
        .target(
            name: "RoadmapDocuments",
            dependencies: ["RoadmapModel", "RoadmapFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Documents in: a roadmap read from its official table (DOCX, TSV/CSV, converted text).
        .target(
            name: "RoadmapImport",
            dependencies: ["RoadmapModel", "RoadmapFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Terminal columns of text, from a table generated from Unicode data.
        .target(name: "TextWidth", dependencies: ["RoadmapModel"], exclude: ["Scripts"]),
        // State, messages, update and render into an in-memory grid. No ncurses.
        .target(name: "RoadmapApp", dependencies: ["RoadmapModel", "RoadmapStore", "TextWidth"]),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that talks to the terminal.
        .target(name: "RoadmapTerminal", dependencies: ["RoadmapApp", "TextWidth", "CNcursesw"]),
        .executableTarget(
            name: "roadmap",
            dependencies: [
                "RoadmapModel",
                "RoadmapStore",
                "RoadmapApp",
                "RoadmapTerminal",
                "RoadmapDocuments",
                "RoadmapImport",
                "TextWidth",
                "RoadmapSync",
                "RoadmapRegion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "roadmap-bench",
            dependencies: [
                "RoadmapModel",
                "RoadmapStore",
                "RoadmapApp",
                "RoadmapSync",
                "RoadmapRegion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Scripts"]
        ),
        .testTarget(name: "RoadmapModelTests", dependencies: ["RoadmapModel"]),
        .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"]),
        .testTarget(name: "RoadmapStoreTests", dependencies: ["RoadmapModel", "RoadmapFiles", "RoadmapStore"]),
        .testTarget(
            name: "RoadmapDocumentsTests",
            dependencies: [
                "RoadmapModel", "RoadmapStore", "RoadmapDocuments",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "RoadmapImportTests",
            dependencies: [
                "RoadmapModel", "RoadmapStore", "RoadmapImport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "RoadmapAppTests", dependencies: ["RoadmapModel", "RoadmapStore", "RoadmapApp", "TextWidth"]),
        .testTarget(name: "RoadmapTerminalTests", dependencies: ["RoadmapApp", "RoadmapTerminal", "CNcursesw"]),
        .testTarget(
            name: "RoadmapEndToEndTests",
            dependencies: [
                "RoadmapModel", "RoadmapStore", "RoadmapApp", "RoadmapTerminal", "CNcursesw", "roadmap", "roadmap-bench",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // libFuzzer targets (README «Надёжность»); a normal build gives corpus replayers.
        // Replays a fuzz corpus when the targets are built without libFuzzer.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "fuzz-deadline", dependencies: ["RoadmapModel", "FuzzSupport"], exclude: ["corpus"]),
        .executableTarget(name: "fuzz-store", dependencies: ["RoadmapModel", "RoadmapStore", "FuzzSupport"], exclude: ["corpus"]),
        .executableTarget(
            name: "fuzz-docx",
            dependencies: ["RoadmapModel", "RoadmapImport", "FuzzSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["corpus"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
