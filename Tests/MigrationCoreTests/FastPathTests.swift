import Testing
@testable import MigrationCore

/// The byte-level fast paths for hosts, paths and names must agree with the full rules: on
/// random strings built from the characters that matter, whenever a fast path accepts a
/// string, the full check accepts it too (and gives the same name).
@Suite struct FastPathTests {
    static let pieces = [
        "a", "z", "q", "0", "9", "-", ".", "..", "*", "*.", "/", "//", "/.", "/..", "_", "~", "%", "%2f", "%2F", "A", "é", " ",
        ":", "@", "(", "x", "wildcard", "example", "com",
    ]

    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            let parts = Int(random.next() % 8)
            return (0..<parts).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func hostFastPathAgreesWithTheFullCheck() {
        var accepted = 0
        for host in Self.randomStrings(count: 50_000, seed: 1) + ["a.b", "*.example.com", "1.2.3.4", "a-b.c", String(repeating: "a", count: 64)] {
            if HostValidation.isPlainValidHostname(host) {
                accepted += 1
                #expect(HostValidation.fullCheck(host) == nil, "\(host)")
            }
            #expect(HostValidation.problem(with: host) == HostValidation.fullCheck(host), "\(host)")
        }
        #expect(accepted > 1_000)
    }

    @Test func pathFastPathAgreesWithTheFullCheck() {
        var accepted = 0
        for body in Self.randomStrings(count: 50_000, seed: 2) {
            let path = "/" + body
            if PathValidation.isPlainValidPath(path) {
                accepted += 1
                #expect(PathValidation.fullCheck(path) == nil, "\(path)")
            }
            #expect(PathValidation.problem(with: path) == PathValidation.fullCheck(path), "\(path)")
        }
        #expect(accepted > 1_000)
    }

    @Test func nameFastPathAgreesWithTheFullRebuild() {
        var accepted = 0
        for text in Self.randomStrings(count: 50_000, seed: 3) {
            if ObjectNaming.isSanitized(text) {
                accepted += 1
                #expect(ObjectNaming.fullSanitize(text) == text, "\(text)")
            }
            #expect(ObjectNaming.sanitize(text) == ObjectNaming.fullSanitize(text), "\(text)")
        }
        #expect(accepted > 1_000)
    }
}
