extension OutputBuilder {
    /// The routes (by position) that share their namespace and hostnames with at least one other
    /// route: buckets of two or more, each in route order.
    ///
    /// The routes are sorted by a hash of their namespace and hostnames rather than gathered in
    /// a table keyed by them: such a table holds an entry (and a list) per route, hundreds of
    /// thousands on a large cluster, and every insertion lands on a cold part of it; sorting
    /// pairs of integers walks memory in order. Routes whose hashes collide are told apart by
    /// comparing the keys themselves.
    func bucketsOfSharedHosts() -> [[Int]] {
        var keyed: [(hash: Int, index: Int)] = []
        keyed.reserveCapacity(objects.httpRoutes.count)
        for index in objects.httpRoutes.indices {
            var hasher = Hasher()
            hasher.combine(objects.httpRoutes[index].meta.namespace)
            hasher.combine(objects.httpRoutes[index].hostnames)
            keyed.append((hasher.finalize(), index))
        }
        keyed.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.index < $1.index }
        var buckets: [[Int]] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].hash == keyed[start].hash { end += 1 }
            if end - start > 1 {
                buckets += routesWithEqualHosts(keyed[start..<end].map(\.index)).filter { $0.count > 1 }
            }
            start = end
        }
        return buckets
    }

    /// Routes of one hash, split by their actual namespace and hostnames, in route order.
    private func routesWithEqualHosts(_ routes: [Int]) -> [[Int]] {
        var split: [[Int]] = []
        for index in routes {
            if let bucket = split.firstIndex(where: {
                objects.httpRoutes[$0[0]].meta.namespace == objects.httpRoutes[index].meta.namespace
                    && objects.httpRoutes[$0[0]].hostnames == objects.httpRoutes[index].hostnames
            }) {
                split[bucket].append(index)
            } else {
                split.append([index])
            }
        }
        return split
    }
}
