import Testing
@testable import MigrationCore

@Suite struct ValidationTests {
    @Test(arguments: ["/", "/api", "/a-b_c.d~e", "/%20", "/v1/users:list", "/$weird"])
    func acceptedPaths(_ path: String) {
        #expect(PathValidation.problem(with: path) == nil)
    }

    @Test(arguments: ["api", "//x", "/a/./b", "/a/..", "/a%2Fb", "/x|y", "/x#frag", "/x?q", "/%zz", "/[a]"])
    func rejectedPaths(_ path: String) {
        #expect(PathValidation.problem(with: path) != nil)
    }

    @Test(arguments: ["", "example.com", "*.example.com", "a-b.c0m", "x"])
    func acceptedHosts(_ host: String) {
        #expect(HostValidation.problem(with: host) == nil)
    }

    @Test(arguments: ["Bad_Host.com", "-a.com", "a..com", "*.", "10.0.0.1", "a.*.com", String(repeating: "a", count: 64) + ".com"])
    func rejectedHosts(_ host: String) {
        #expect(HostValidation.problem(with: host) != nil)
    }
}
