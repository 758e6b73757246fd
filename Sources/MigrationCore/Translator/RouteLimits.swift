/// What Gateway API lets one route object hold (the CRDs' `maxItems`), and how a host's route
/// that needs more is cut into parts that each fit.
///
/// HTTPRoutes and GRPCRoutes hold at most 16 rules, 16 hostnames and 32 `parentRefs`;
/// TLSRoutes 1,024 hostnames and 32 `parentRefs`. A host's route names the host and its
/// aliases (`server-alias`), and attaches to one listener per name on each port it is served
/// on, so a host with many aliases needs more than one route: its names are split into groups,
/// each route of a group naming those names and attaching to their listeners only. Every
/// request still meets the same rules, since each part repeats all of them.
enum RouteLimits {
    /// Rules per HTTPRoute or GRPCRoute.
    static let maxRules = 16
    /// Hostnames per HTTPRoute or GRPCRoute.
    static let maxHostnames = 16
    /// Hostnames per TLSRoute.
    static let maxTLSHostnames = 1_024
    /// `parentRefs` per route of any kind.
    static let maxParents = 32

    /// A host's names, each with its parents, in groups that fit in one route: `parents` lists
    /// the listeners of every name for each port in turn (the names' HTTP listeners, then their
    /// HTTPS listeners), so parent `j` belongs to name `j % hostnames.count`. A single group
    /// when everything fits, or when the parents do not follow that layout.
    static func hostGroups(
        _ hostnames: [String], parents: [ParentRef], maxHostnames: Int
    ) -> [(hostnames: [String], parents: [ParentRef])] {
        let count = hostnames.count
        guard count > 0, parents.count % count == 0, count > maxHostnames || parents.count > maxParents else {
            return [(hostnames, parents)]
        }
        let perName = max(1, parents.count / count)
        let size = max(1, min(maxHostnames, maxParents / perName))
        return chunks(count, size: size).map { names in
            (Array(hostnames[names]), parents.indices.filter { names.contains($0 % count) }.map { parents[$0] })
        }
    }

    /// Consecutive ranges of at most `size` positions covering `0..<count` (one empty range
    /// when `count` is 0).
    static func chunks(_ count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: max(count, 1), by: size).map { $0..<min($0 + size, count) }
    }

    /// The name of part `index` of a route named `name`: the name itself for the first part,
    /// then `name-2`, `name-3`, and so on.
    static func partName(_ name: String, index: Int) -> String {
        index == 0 ? name : ObjectNaming.fit("\(name)-\(index + 1)")
    }
}
