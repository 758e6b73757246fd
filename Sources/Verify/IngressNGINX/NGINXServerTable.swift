import MigrationCore

/// The servers and locations ingress-nginx builds from a set of Ingresses (one controller
/// instance, one ingress class), as its controller code merges them:
///
/// 1. The catch-all server `_` exists first, its root location `/` served by the controller's
///    default backend (404). Ingresses are processed oldest first; canary Ingresses are skipped.
/// 2. The first Ingress with a `defaultBackend` and no rules takes over the catch-all root
///    (with its annotations, except its rewrite and redirect groups).
/// 3. The first Ingress with a rule for a host creates the host's server; its implicit root
///    `/` goes to that Ingress's `defaultBackend`, or to the controller's default backend, and
///    carries that Ingress's annotations. Rules without a host add to `_`.
/// 4. The first Ingress with a rule for a host and a non-empty `tls` gives the host a
///    certificate (its own Secret, or the default certificate when none fits; an alias uses
///    it when a `tls` section of the host's Ingresses names the alias, the input's evidence
///    that the certificate covers it). The first
///    Ingress with a rule for the host and a `server-alias` gives the aliases (minus the
///    host itself and names that are hosts of their own); any Ingress with a rule for it and
///    `ssl-passthrough` turns passthrough on.
/// 5. Paths become locations, oldest Ingress first: an empty path is `/`; a missing or
///    `ImplementationSpecific` pathType is `Prefix`. A path equal to an existing location's
///    with the same type replaces it only when that is an implicit root; otherwise the first
///    wins. The same path with another type is a separate location; a path whose Service port
///    a canary Ingress referenced first gets none. A location added or
///    replaced with `from-to-www-redirect` makes the server redirect the other name.
/// 6. Locations are ordered by path, descending, then by length, longest first.
/// 7. A `Prefix` path `/p` without `use-regex` and not rewritten becomes `location /p/` plus
///    `location = /p` (no extra exact location when an `Exact /p` exists); `/p/` becomes
///    `/p/` plus `= /p/`, in place.
struct NGINXServerTable: Sendable {
    private(set) var servers: [String: NGINXServer] = [:]
    /// Each server's locations arranged for choosing one (``NGINXLocationIndex``).
    private(set) var locationIndexes: [String: NGINXLocationIndex] = [:]
    /// For each host with `ssl-passthrough`: where the annotation is written, over the
    /// Ingresses with a rule for the host, in controller order.
    private(set) var passthroughSources: [String: [SourceLocation]] = [:]
    /// The canary of each primary upstream (see ``NGINXCanaryMerge``).
    private(set) var canaries: [String: NGINXCanary] = [:]
    let ingresses: [Ingress]
    private let canaryCreated: Set<String>

    init(_ input: [Ingress], steps: [any NGINXAnnotationStep], context: NGINXConfigurationContext) {
        let ordered = NGINXIngressOrder.sorted(input)
        ingresses = ordered.filter { !NGINXIngressOrder.isCanary($0) }
        canaryCreated = NGINXCanaryMerge.canaryCreatedUpstreams(ordered)
        let settings = ingresses.map { ingress in
            var settings = NGINXLocationSettings.defaults(context.controller)
            for step in steps { step.configure(&settings, from: ingress, context: context) }
            return settings
        }
        servers["_"] = NGINXServer(
            hostname: "_",
            locations: [
                NGINXLocation(path: "/", kind: .prefix, backend: .controllerDefault, ingressIndex: nil, isDefaultBackend: true, settings: .builtIn, sources: [])
            ], hasCertificate: true)
        for (index, ingress) in ingresses.enumerated() {
            let defaultBackend = Self.backend(ingress.defaultBackend, namespace: ingress.meta.namespace)
            if let defaultBackend, ingress.rules.isEmpty, servers["_"]!.locations[0].isDefaultBackend {
                var configured = settings[index]
                configured.rewrite = NGINXLocationSettings.builtIn.rewrite
                configured.redirect = nil
                configured.fromToWWW = false
                servers["_"]!.locations[0] = NGINXLocation(
                    path: "/", kind: .prefix, backend: defaultBackend, ingressIndex: index, isDefaultBackend: false,
                    settings: configured, sources: [ingress.defaultBackend!.location])
            }
            for rule in ingress.rules {
                let host = Self.serverName(rule)
                guard servers[host] == nil else { continue }
                let root = NGINXLocation(
                    path: "/", kind: .prefix, backend: defaultBackend ?? .controllerDefault, ingressIndex: index, isDefaultBackend: true,
                    settings: settings[index], sources: [ingress.defaultBackend?.location, rule.host?.location].compactMap { $0 } + [rule.location])
                servers[host] = NGINXServer(hostname: host, locations: [root], hasCertificate: false)
            }
        }
        for (index, ingress) in ingresses.enumerated() {
            // One set per Ingress, shared by the servers of its rules until one adds more.
            let tlsNames = Set(ingress.tls.flatMap(\.hosts).map { $0.value.lowercased() })
            for rule in ingress.rules {
                let host = Self.serverName(rule)
                if !ingress.tls.isEmpty { servers[host]?.hasCertificate = true }
                if servers[host]?.certificateNames.isEmpty == true {
                    servers[host]?.certificateNames = tlsNames
                } else {
                    servers[host]?.certificateNames.formUnion(tlsNames)
                }
                if servers[host]?.aliases.isEmpty == true { servers[host]?.aliases = settings[index].aliases }
                if settings[index].sslPassthrough { servers[host]?.sslPassthrough = true }
            }
        }
        for host in servers.keys {
            servers[host]!.aliases = servers[host]!.aliases.filter { $0 != host && servers[$0] == nil }
        }
        passthroughSources = Self.passthroughSources(ingresses, servers: servers)
        // The position of each path's first location, per host: each server starts with its root.
        var firstLocation = servers.mapValues { _ in ["/": 0] }
        for (index, ingress) in ingresses.enumerated() {
            for rule in ingress.rules {
                let host = Self.serverName(rule)
                for path in rule.paths { add(path, of: index, to: host, settings: settings[index], firstLocation: &firstLocation[host]!) }
            }
        }
        canaries = NGINXCanaryMerge.canaries(ordered: ordered, servers: servers)
        for host in servers.keys {
            servers[host]!.locations = Self.emitted(servers[host]!)
            locationIndexes[host] = NGINXLocationIndex(servers[host]!.locations)
        }
    }

    /// Where `ssl-passthrough` is written, for each host that has it: over the Ingresses with
    /// a rule for the host, in controller order, each Ingress once.
    private static func passthroughSources(_ ingresses: [Ingress], servers: [String: NGINXServer]) -> [String: [SourceLocation]] {
        var sources: [String: [SourceLocation]] = [:]
        for ingress in ingresses {
            var seen = Set<String>()
            for rule in ingress.rules {
                let host = serverName(rule)
                guard servers[host]?.sslPassthrough == true, seen.insert(host).inserted else { continue }
                sources[host, default: []] += NGINXAnnotations(ingress).locations("ssl-passthrough")
            }
        }
        return sources
    }

    /// The server a rule adds to: its host, lower-cased, or the catch-all `_`.
    static func serverName(_ rule: IngressRule) -> String {
        rule.hostName.isEmpty ? "_" : rule.hostName.lowercased()
    }

    static func backend(_ backend: IngressBackend?, namespace: String) -> NGINXBackend? {
        guard case .service(let name, let port)? = backend?.target, !name.isEmpty else { return nil }
        return .service(namespace: namespace, name: name, port: port)
    }

    /// `Exact` stays exact; `Prefix`, `ImplementationSpecific` and a missing type are `Prefix`;
    /// nil for a type the API server would not accept.
    static func kind(_ path: HTTPIngressPath) -> NGINXLocation.Kind? {
        switch path.pathType?.value ?? "Prefix" {
        case "Exact": .exact
        case "Prefix", "ImplementationSpecific": .prefix
        default: nil
        }
    }

    /// Adds a path's location to `host`; `firstLocation` holds the position of the first
    /// location of each path of the host.
    private mutating func add(
        _ path: HTTPIngressPath, of index: Int, to host: String, settings: NGINXLocationSettings, firstLocation: inout [String: Int]
    ) {
        let ingress = ingresses[index]
        guard let backend = Self.backend(path.backend, namespace: ingress.meta.namespace), let kind = Self.kind(path),
            !canaryCreated.contains(backend.upstreamName)
        else { return }
        let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        let location = NGINXLocation(
            path: value, kind: kind, backend: backend, ingressIndex: index, isDefaultBackend: false, settings: settings,
            sources: [path.location] + [path.path?.location, path.pathType?.location].compactMap { $0 } + [path.backend.location])
        if let existing = firstLocation[value] {
            let current = servers[host]!.locations[existing]
            if current.kind == kind {
                if current.isDefaultBackend {
                    servers[host]!.locations[existing] = location
                    if settings.fromToWWW { servers[host]!.redirectsFromToWWW = true }
                }
                return
            }
        }
        if firstLocation[value] == nil { firstLocation[value] = servers[host]!.locations.count }
        servers[host]!.locations.append(location)
        if settings.fromToWWW { servers[host]!.redirectsFromToWWW = true }
    }

    /// The locations as the configuration writes them: sorted (step 6) on the paths as the
    /// Ingresses write them, then each `Prefix` location expanded in place (step 7).
    private static func emitted(_ server: NGINXServer) -> [NGINXLocation] {
        let exactPaths = Set(server.locations.filter { $0.kind == .exact }.map(\.path))
        let ordered = server.locations.enumerated().sorted { left, right in
            if left.element.path.count != right.element.path.count { return left.element.path.count > right.element.path.count }
            if left.element.path != right.element.path { return left.element.path > right.element.path }
            return left.offset < right.offset
        }.map(\.element)
        var result: [NGINXLocation] = []
        for location in ordered {
            guard location.path != "/", location.kind == .prefix, !location.settings.rewrite.useRegex, !location.rewrites else {
                result.append(location)
                continue
            }
            var prefix = location
            if !prefix.path.hasSuffix("/") { prefix.path += "/" }
            result.append(prefix)
            if !exactPaths.contains(location.path) {
                var exact = location
                exact.kind = .exact
                result.append(exact)
            }
        }
        return result
    }
}
