// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bantin",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BanTin", targets: ["BanTin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // HTML and XML input for `bantin import` (WordPress exports, saved portal pages).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "BanTin",
            dependencies: [
                "CCmark",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "BanTinCLI",
            dependencies: [
                "BanTin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(name: "bantin", dependencies: ["BanTinCLI"]),
        // Generates large, realistic bulletins for benchmarks (no dependencies).
        .executableTarget(name: "bantin-corpus", path: "Sources/bantin-corpus"),
        // Times the related-news ranking on synthetic articles in memory (no disk).
        .executableTarget(name: "bantin-bench", dependencies: ["BanTin"], path: "Sources/bantin-bench"),
        .testTarget(
            name: "BanTinTests",
            dependencies: ["BanTin", "BanTinCLI", .product(name: "FlyingFox", package: "FlyingFox")],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
