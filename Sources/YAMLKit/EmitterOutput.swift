/// The growing output buffer of an ``EmitterSession``, filled by libyaml's write callback.
final class EmitterOutput {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1024)
    }

    /// Appends `count` bytes starting at `source`.
    func append(_ source: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: source, count: count))
    }
}

/// libyaml's write handler: `data` is an unretained ``EmitterOutput``.
func writeEmitterOutput(_ data: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    guard let buffer, size > 0 else { return 1 }
    Unmanaged<EmitterOutput>.fromOpaque(data).takeUnretainedValue().append(buffer, count: size)
    return 1
}
