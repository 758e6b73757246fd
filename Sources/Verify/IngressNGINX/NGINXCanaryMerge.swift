import MigrationCore

/// How the controller attaches canary Ingresses (annotations.md, "Canary") to the upstreams
/// of other Ingresses: the canary's backend becomes an *alternative backend of the primary's
/// upstream* (`namespace-service-port`), so every location proxying to that upstream, on
/// any host, shares the canary.
///
/// - Canaries are merged only when the input has at least one Ingress that is not a canary,
///   in controller order.
/// - A canary path merges into each location of the server for its host (`_` without a
///   host) whose path and pathType (as the Ingresses write them, `ImplementationSpecific`
///   read as `Prefix`) equal its own, whatever the Ingress's namespace. Scanning stops at a
///   location whose upstream is the canary's own.
/// - A canary `defaultBackend` merges into every location of the catch-all server.
/// - A primary served by the controller's default backend, or whose upstream a canary
///   Ingress created, takes no canary. The balancer uses only an upstream's first canary.
/// - The traffic-shaping policy (header, value, pattern, cookie, weight, total) is that of the
///   canary Ingress that first referenced the canary's upstream.
///
/// Each server's locations are looked up by path and pathType, and by where each upstream
/// first appears (``WrittenLocations``), rather than scanned for every canary path; a scan of
/// every location (for a `defaultBackend`) starts where the previous one stopped.
enum NGINXCanaryMerge {
    /// The canary of each primary upstream name. `servers` holds the locations as the
    /// Ingresses write them (before the controller's `Prefix` expansion).
    static func canaries(ordered: [Ingress], servers: [String: NGINXServer]) -> [String: NGINXCanary] {
        let canaryIngresses = ordered.filter(NGINXIngressOrder.isCanary)
        guard canaryIngresses.count < ordered.count else { return [:] }
        let policies = policiesByUpstream(canaryIngresses)
        let created = canaryCreatedUpstreams(ordered)
        var result: [String: NGINXCanary] = [:]
        var written: [String: WrittenLocations] = [:]
        // How far scans of every location of each host have gone: a location before that has
        // given its primary a canary already (when it can have one), so a later scan, which
        // only fills primaries without one, skips it.
        var scanned: [String: Int] = [:]
        // The locations before the first one proxying to the canary's own upstream, in order,
        // that `positions` lists (all of them when nil).
        func merge(_ backend: NGINXBackend, into host: String, positions: (WrittenLocations) -> [Int]?) {
            guard let canary = policies[backend.upstreamName], let server = servers[host] else { return }
            if written[host] == nil { written[host] = WrittenLocations(server.locations) }
            let table = written[host]!
            let end = table.firstPosition[backend.upstreamName] ?? server.locations.count
            var listed = positions(table)
            if listed == nil {
                let start = min(scanned[host] ?? 0, end)
                scanned[host] = max(scanned[host] ?? 0, end)
                listed = Array(start..<end)
            }
            for position in listed! {
                guard position < end else { break }
                let location = server.locations[position]
                let primary = table.upstreams[position]
                guard location.backend != .controllerDefault, !created.contains(primary) else { continue }
                if result[primary] == nil { result[primary] = canary }
            }
        }
        for ingress in canaryIngresses {
            let namespace = ingress.meta.namespace
            if let backend = NGINXServerTable.backend(ingress.defaultBackend, namespace: namespace) {
                merge(backend, into: "_") { _ in nil }
            }
            for rule in ingress.rules {
                let host = NGINXServerTable.serverName(rule)
                for path in rule.paths {
                    guard let backend = NGINXServerTable.backend(path.backend, namespace: namespace), let kind = NGINXServerTable.kind(path) else { continue }
                    let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
                    merge(backend, into: host) { $0.positions[WrittenLocations.Key(path: value, kind: kind)] ?? [] }
                }
            }
        }
        return result
    }

    /// One server's locations as the Ingresses write them, looked up by path and pathType and
    /// by upstream.
    struct WrittenLocations {
        /// A path and its type.
        struct Key: Hashable {
            var path: String
            var kind: NGINXLocation.Kind
        }

        /// The positions of each path and type, in order.
        var positions: [Key: [Int]] = [:]
        /// Where each upstream first appears.
        var firstPosition: [String: Int] = [:]
        /// The upstream of each location.
        var upstreams: [String] = []

        init(_ locations: [NGINXLocation]) {
            for (position, location) in locations.enumerated() {
                let upstream = location.backend.upstreamName
                positions[Key(path: location.path, kind: location.kind), default: []].append(position)
                if firstPosition[upstream] == nil { firstPosition[upstream] = position }
                upstreams.append(upstream)
            }
        }
    }

    /// Upstreams a canary Ingress referenced before any other Ingress did: the controller
    /// marks them as having no server, so no location proxies to them.
    static func canaryCreatedUpstreams(_ ordered: [Ingress]) -> Set<String> {
        var seen = Set<String>()
        var created = Set<String>()
        for ingress in ordered {
            let canary = NGINXIngressOrder.isCanary(ingress)
            for backend in backends(of: ingress) where seen.insert(backend.upstreamName).inserted && canary {
                created.insert(backend.upstreamName)
            }
        }
        return created
    }

    private static func backends(of ingress: Ingress) -> [NGINXBackend] {
        let namespace = ingress.meta.namespace
        let own = NGINXServerTable.backend(ingress.defaultBackend, namespace: namespace).map { [$0] } ?? []
        return own + ingress.rules.flatMap(\.paths).compactMap { NGINXServerTable.backend($0.backend, namespace: namespace) }
    }

    private static func policiesByUpstream(_ canaries: [Ingress]) -> [String: NGINXCanary] {
        var result: [String: NGINXCanary] = [:]
        for ingress in canaries {
            for backend in backends(of: ingress) where result[backend.upstreamName] == nil {
                result[backend.upstreamName] = policy(ingress, backend: backend)
            }
        }
        return result
    }

    /// The canary annotations as the controller reads them: unreadable numbers count as 0
    /// (weight) and 100 (total).
    static func policy(_ ingress: Ingress, backend: NGINXBackend) -> NGINXCanary {
        let annotations = NGINXAnnotations(ingress)
        var canary = NGINXCanary(backend: backend, ingress: ingress.ref)
        canary.header = annotations.string("canary-by-header")
        canary.headerValue = annotations.string("canary-by-header-value")
        canary.headerPattern = annotations.string("canary-by-header-pattern")
        canary.cookie = annotations.string("canary-by-cookie")
        canary.weight = annotations.int("canary-weight") ?? 0
        canary.weightTotal = annotations.int("canary-weight-total") ?? 100
        for key in ["canary", "canary-by-header", "canary-by-header-value", "canary-by-header-pattern", "canary-by-cookie", "canary-weight", "canary-weight-total"] {
            let locations = annotations.locations(key)
            if !locations.isEmpty { canary.sources[key] = locations }
        }
        return canary
    }
}
