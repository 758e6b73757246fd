import MigrationCore

/// The servers and locations ingress-nginx builds from a set of Ingresses (one controller
/// instance, one ingress class), as its controller code merges them:
///
/// 1. The catch-all server `_` exists first, its root location `/` served by the controller's
///    default backend (404). Ingresses are processed oldest first; canary Ingresses are skipped.
/// 2. The first Ingress with a `defaultBackend` and no rules takes over the catch-all root
///    (with its annotations, except its rewrite and redirect group).
/// 3. The first Ingress with a rule for a host creates the host's server; its implicit root
///    `/` goes to that Ingress's `defaultBackend`, or to the controller's default backend, and
///    carries that Ingress's annotations. Rules without a host add to `_`.
/// 4. The first Ingress with a rule for a host and a non-empty `tls` gives the host a
///    certificate (its own Secret, or the default certificate when none fits).
/// 5. Paths become locations, oldest Ingress first: an empty path is `/`; a missing or
///    `ImplementationSpecific` pathType is `Prefix`. A path equal to an existing location's
///    with the same type replaces it only when that is an implicit root; otherwise the first
///    wins. The same path with another type is a separate location.
/// 6. Without regex mode, a `Prefix` path `/p` becomes `location /p/` plus `location = /p`
///    (no extra exact location when an `Exact /p` exists); `/p/` becomes `/p/` plus `= /p/`.
/// 7. Locations are ordered by path, descending, then by length, longest first.
struct NGINXServerTable: Sendable {
    private(set) var servers: [String: NGINXServer] = [:]
    let ingresses: [Ingress]

    init(_ input: [Ingress], steps: [any NGINXAnnotationStep]) {
        ingresses = NGINXIngressOrder.sorted(input).filter { !NGINXIngressOrder.isCanary($0) }
        func settings(of index: Int) -> NGINXLocationSettings {
            var settings = NGINXLocationSettings.ingressDefaults
            for step in steps { step.configure(&settings, from: ingresses[index]) }
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
                var configured = settings(of: index)
                configured.rewrite = NGINXLocationSettings.builtIn.rewrite
                servers["_"]!.locations[0] = NGINXLocation(
                    path: "/", kind: .prefix, backend: defaultBackend, ingressIndex: index, isDefaultBackend: false,
                    settings: configured, sources: [ingress.defaultBackend!.location])
            }
            for rule in ingress.rules {
                let host = Self.serverName(rule)
                guard servers[host] == nil else { continue }
                let root = NGINXLocation(
                    path: "/", kind: .prefix, backend: defaultBackend ?? .controllerDefault, ingressIndex: index, isDefaultBackend: true,
                    settings: settings(of: index), sources: [ingress.defaultBackend?.location, rule.host?.location].compactMap { $0 } + [rule.location])
                servers[host] = NGINXServer(hostname: host, locations: [root], hasCertificate: false)
            }
        }
        for ingress in ingresses where !ingress.tls.isEmpty {
            for rule in ingress.rules { servers[Self.serverName(rule)]?.hasCertificate = true }
        }
        for (index, ingress) in ingresses.enumerated() {
            for rule in ingress.rules {
                for path in rule.paths { add(path, of: index, to: Self.serverName(rule), settings: settings(of: index)) }
            }
        }
        for host in servers.keys { servers[host]!.locations = Self.emitted(servers[host]!) }
    }

    static func serverName(_ rule: IngressRule) -> String {
        rule.hostName.isEmpty ? "_" : rule.hostName.lowercased()
    }

    static func backend(_ backend: IngressBackend?, namespace: String) -> NGINXBackend? {
        guard case .service(let name, let port)? = backend?.target, !name.isEmpty else { return nil }
        return .service(namespace: namespace, name: name, port: port)
    }

    private mutating func add(_ path: HTTPIngressPath, of index: Int, to host: String, settings: NGINXLocationSettings) {
        let ingress = ingresses[index]
        guard let backend = Self.backend(path.backend, namespace: ingress.meta.namespace) else { return }
        let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        let kind: NGINXLocation.Kind
        switch path.pathType?.value ?? "Prefix" {
        case "Exact": kind = .exact
        case "Prefix", "ImplementationSpecific": kind = .prefix
        default: return
        }
        let location = NGINXLocation(
            path: value, kind: kind, backend: backend, ingressIndex: index, isDefaultBackend: false, settings: settings,
            sources: [path.location] + [path.path?.location, path.pathType?.location].compactMap { $0 } + [path.backend.location])
        if let existing = servers[host]!.locations.firstIndex(where: { $0.path == value }) {
            let current = servers[host]!.locations[existing]
            if current.kind == kind {
                if current.isDefaultBackend { servers[host]!.locations[existing] = location }
                return
            }
        }
        servers[host]!.locations.append(location)
    }

    /// The locations as the configuration writes them (steps 6 and 7).
    private static func emitted(_ server: NGINXServer) -> [NGINXLocation] {
        let exactPaths = Set(server.locations.filter { $0.kind == .exact }.map(\.path))
        var result: [NGINXLocation] = []
        for location in server.locations {
            guard location.path != "/", location.kind == .prefix, !location.settings.rewrite.forcesRegexLocations else {
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
        let ordered = result.enumerated().sorted { left, right in
            if left.element.path.count != right.element.path.count { return left.element.path.count > right.element.path.count }
            if left.element.path != right.element.path { return left.element.path > right.element.path }
            return left.offset < right.offset
        }
        return ordered.map(\.element)
    }
}
