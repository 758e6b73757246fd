import Testing

@testable import MigrationCore

/// A host's names and their listeners are cut into groups that one route may hold.
@Suite struct RouteLimitsTests {
    private func parents(_ names: [String], ports: [String]) -> [ParentRef] {
        ports.flatMap { port in names.map { ParentRef(name: "nginx", namespace: "gateway-system", sectionName: "\($0)-\(port)") } }
    }

    @Test func namesAndTheirListenersStayTogether() {
        let names = (0..<21).map { "h\($0).example.com" }
        let groups = RouteLimits.hostGroups(names, parents: parents(names, ports: ["http", "https"]), maxHostnames: RouteLimits.maxHostnames)
        #expect(groups.map(\.hostnames.count) == [16, 5])
        #expect(groups.map(\.parents.count) == [32, 10])
        for group in groups {
            #expect(group.parents == parents(group.hostnames, ports: ["http", "https"]))
        }
    }

    @Test func parentsAloneCanForceASplit() {
        // TLSRoutes may have 1,024 names, but 32 parents at most.
        let names = (0..<40).map { "h\($0).example.com" }
        let groups = RouteLimits.hostGroups(names, parents: parents(names, ports: ["tls"]), maxHostnames: RouteLimits.maxTLSHostnames)
        #expect(groups.map(\.hostnames.count) == [32, 8])
        #expect(groups.flatMap(\.hostnames) == names)
    }

    @Test func whatFitsIsLeftWhole() {
        let names = (0..<16).map { "h\($0).example.com" }
        let all = parents(names, ports: ["http", "https"])
        let groups = RouteLimits.hostGroups(names, parents: all, maxHostnames: RouteLimits.maxHostnames)
        #expect(groups.count == 1 && groups[0].parents == all)
        #expect(RouteLimits.hostGroups([], parents: [ParentRef(name: "nginx", sectionName: "http")], maxHostnames: 16).count == 1)
        #expect(RouteLimits.chunks(0, size: 16) == [0..<0])
        #expect(RouteLimits.chunks(33, size: 16) == [0..<16, 16..<32, 32..<33])
        #expect(RouteLimits.partName("web", index: 0) == "web" && RouteLimits.partName("web", index: 2) == "web-3")
    }
}
