/// libFuzzer's entry point: runs one input through the whole pipeline. Any crash, sanitizer
/// report or broken invariant (see ``PipelineHarness``) is a finding; returning normally means
/// the input was handled, whether it was valid or not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    PipelineHarness.run(bytes)
    return 0
}
