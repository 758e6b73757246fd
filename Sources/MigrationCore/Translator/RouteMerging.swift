/// One route for a host that several Gateways serve.
///
/// When Ingresses of one namespace give the same host the same rules under two ingress classes
/// (an internal and an external class, say), each class's Gateway would get its own copy of the
/// route, named with a hash to keep them apart. Identical copies are merged into one route that
/// attaches to every parent; it keeps the plain name when no other route of the namespace
/// wants it.
extension OutputBuilder {
    struct RouteContent: Hashable {
        var namespace: String
        var hostnames: [String]
        var rules: [HTTPRouteRule]
    }

    /// What two routes must share before their rules are worth comparing.
    struct RouteHosts: Hashable {
        var namespace: String
        var hostnames: [String]
    }

    mutating func mergeRoutesServedBySeveralGateways() {
        // Only routes whose namespace and hostnames another route shares can be merged: their
        // rules are compared, the others' never hashed.
        let hosts = objects.httpRoutes.map { RouteHosts(namespace: $0.meta.namespace, hostnames: $0.hostnames) }
        var sharing: [RouteHosts: Int] = [:]
        for key in hosts { sharing[key, default: 0] += 1 }
        var groups: [RouteContent: [Int]] = [:]
        var order: [RouteContent] = []
        for (index, route) in objects.httpRoutes.enumerated() where sharing[hosts[index]]! > 1 {
            let content = RouteContent(namespace: route.meta.namespace, hostnames: route.hostnames, rules: route.rules)
            if groups[content] == nil { order.append(content) }
            groups[content, default: []].append(index)
        }
        guard order.count < groups.values.reduce(0, { $0 + $1.count }) else { return }
        // How many routes of each namespace want each plain name.
        var wanting: [RouteNameKey: Int] = [:]
        for (index, route) in objects.httpRoutes.enumerated() {
            wanting[RouteNameKey(namespace: route.meta.namespace, name: unhashedRouteNames[index]), default: 0] += 1
        }
        var removed = Set<Int>()
        var renamed: [Int: String] = [:]
        for content in order {
            let members = groups[content]!
            guard members.count > 1 else { continue }
            let first = members[0]
            for other in members.dropFirst() {
                for parent in objects.httpRoutes[other].parentRefs where !objects.httpRoutes[first].parentRefs.contains(parent) {
                    objects.httpRoutes[first].parentRefs.append(parent)
                }
                objects.httpRoutes[first].meta.sources = Array(
                    Set(objects.httpRoutes[first].meta.sources + objects.httpRoutes[other].meta.sources)).sorted()
                removed.insert(other)
            }
            let plain = unhashedRouteNames[first]
            let sharesPlainName = members.allSatisfy { unhashedRouteNames[$0] == plain }
            let othersWantIt = wanting[RouteNameKey(namespace: content.namespace, name: plain)]! > members.count
            if sharesPlainName && !othersWantIt { renamed[first] = plain }
        }
        guard !removed.isEmpty else { return }
        for (index, name) in renamed { objects.httpRoutes[index].meta.name = name }
        let kept = objects.httpRoutes.indices.filter { !removed.contains($0) }
        objects.httpRoutes = kept.map { objects.httpRoutes[$0] }
        unhashedRouteNames = kept.map { unhashedRouteNames[$0] }
    }
}
