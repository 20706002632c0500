import Foundation

// libFuzzer target: decoding and splitting an article file (front matter / body).
// Build and run: Fuzz/run split 600
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSplit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let text) = SourceText.decode(bytes, path: "fuzz.md"),
       case .success(let split) = FrontMatterSplitter.split(text, path: "fuzz.md") {
        precondition(split.bodyLineOffset > split.yamlLineOffset)
    }
    return 0
}
