/// One route for a host that several Gateways serve.
///
/// When Ingresses of one namespace give the same host the same rules under two ingress classes
/// (an internal and an external class, say), each class's Gateway would get its own copy of the
/// route, named with a hash to keep them apart. Identical copies are merged into one route that
/// attaches to every parent; it keeps the plain name when no other route of the namespace
/// wants it.
extension OutputBuilder {
    /// Buckets up to this size are grouped by comparing rules; larger ones by hashing them.
    static let linearBucketSize = 8

    mutating func mergeRoutesServedBySeveralGateways() {
        // Only routes of one namespace with the same hostnames can be merged; within such a
        // bucket (usually two or three routes: a host's HTTPS and HTTP routes, or a split
        // route's parts), routes with equal rules form one group.
        var groups: [(namespace: String, members: [Int])] = []
        for bucket in bucketsOfSharedHosts() {
            var local: [[Int]] = []
            if bucket.count <= Self.linearBucketSize {
                for index in bucket {
                    if let group = local.firstIndex(where: { objects.httpRoutes[$0[0]].rules == objects.httpRoutes[index].rules }) {
                        local[group].append(index)
                    } else {
                        local.append([index])
                    }
                }
            } else {
                // A large bucket (the hundreds of parts of a host's split routes) is grouped by
                // hashing the rules, not by comparing each route with every group.
                var groupOfRules: [[HTTPRouteRule]: Int] = [:]
                for index in bucket {
                    if let group = groupOfRules[objects.httpRoutes[index].rules] {
                        local[group].append(index)
                    } else {
                        groupOfRules[objects.httpRoutes[index].rules] = local.count
                        local.append([index])
                    }
                }
            }
            let namespace = objects.httpRoutes[bucket[0]].meta.namespace
            groups += local.filter { $0.count > 1 }.flatMap(withinParentLimit).filter { $0.count > 1 }.map { (namespace, $0) }
        }
        guard !groups.isEmpty else { return }
        // How many routes of each namespace want the plain names the groups could take (a
        // small table, counted over every route).
        var wanting: [RouteNameKey: Int] = [:]
        for (namespace, members) in groups { wanting[RouteNameKey(namespace: namespace, name: unhashedRouteNames[members[0]])] = 0 }
        for index in objects.httpRoutes.indices {
            let key = RouteNameKey(namespace: objects.httpRoutes[index].meta.namespace, name: unhashedRouteNames[index])
            if let count = wanting[key] { wanting[key] = count + 1 }
        }
        var removed = Set<Int>()
        var renamed: [Int: String] = [:]
        for (namespace, members) in groups {
            let first = members[0]
            // Parents and sources are gathered over the whole group, then set once: a host that
            // thousands of classes serve merges thousands of routes into one.
            var parents = objects.httpRoutes[first].parentRefs
            var seenParents = Set(parents)
            var sources = objects.httpRoutes[first].meta.sources
            for other in members.dropFirst() {
                for parent in objects.httpRoutes[other].parentRefs where seenParents.insert(parent).inserted {
                    parents.append(parent)
                }
                sources += objects.httpRoutes[other].meta.sources
                removed.insert(other)
            }
            objects.httpRoutes[first].parentRefs = parents
            objects.httpRoutes[first].meta.sources = sources.sortedUnique()
            let plain = unhashedRouteNames[first]
            let sharesPlainName = members.allSatisfy { unhashedRouteNames[$0] == plain }
            let othersWantIt = wanting[RouteNameKey(namespace: namespace, name: plain)]! > members.count
            if sharesPlainName && !othersWantIt { renamed[first] = plain }
        }
        guard !removed.isEmpty else { return }
        for (index, name) in renamed { objects.httpRoutes[index].meta.name = name }
        // The kept routes are moved up in place (a copy of the list would retain, then
        // release, every field of every route).
        objects.httpRoutes.keepElements { !removed.contains($0) }
        unhashedRouteNames.keepElements { !removed.contains($0) }
    }

    /// A group of identical routes cut, in order, into groups whose parents together stay
    /// within what one route may have (``RouteLimits/maxParents``): a host that dozens of
    /// Gateways serve gets one merged route per few dozen Gateways.
    private func withinParentLimit(_ members: [Int]) -> [[Int]] {
        var result: [[Int]] = []
        var current: [Int] = []
        var parents = Set<ParentRef>()
        for member in members {
            let added = objects.httpRoutes[member].parentRefs.filter { !parents.contains($0) }
            if !current.isEmpty, parents.count + Set(added).count > RouteLimits.maxParents {
                result.append(current)
                current = []
                parents = []
            }
            current.append(member)
            parents.formUnion(objects.httpRoutes[member].parentRefs)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
