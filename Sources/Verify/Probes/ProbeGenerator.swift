import MigrationCore

/// Derives probe requests from the Ingresses of one ingress class: for each host and path,
/// the path itself, a deeper path, a sibling that shares the path's characters but not its
/// element (`/api` → `/api-sibling`), the trailing-slash variant, the path in upper case,
/// and the host's root; each over `http` and `https`. Wildcard hosts get a host one label
/// deeper and one two labels deeper; rules without a host and the class as a whole get an
/// unknown host. Canary Ingresses add their header and cookie (`always`). Requests are
/// deduplicated; the first origin is kept.
public enum ProbeGenerator {
    /// The host used for "a host no rule names".
    public static let unknownHost = "unknown-host.verify.invalid"
    static let annotationPrefix = "nginx.ingress.kubernetes.io/"

    /// Probes for one class's Ingresses, in a stable order.
    public static func probes(for ingresses: [Ingress], className: String) -> [Probe] {
        var seen = Set<ProbeRequest>()
        var result: [Probe] = []
        func add(_ host: String, _ target: String, _ purpose: String, _ ingress: Ingress?, _ locations: [SourceLocation], headers: [HTTPHeader] = []) {
            for scheme in ProbeRequest.Scheme.allCases {
                let request = ProbeRequest(scheme: scheme, host: host, target: target, headers: headers)
                if seen.insert(request).inserted {
                    result.append(Probe(request: request, className: className, purpose: purpose, object: ingress?.ref, locations: locations))
                }
            }
        }
        for ingress in ingresses {
            let canaryHeaders = canaryHeaders(of: ingress)
            for rule in ingress.rules {
                let hostLocations = rule.host.map { [$0.location] } ?? []
                for host in hosts(for: rule.hostName) {
                    add(host, "/", "the host's root", ingress, hostLocations + [rule.location])
                    for path in rule.paths {
                        let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
                        let locations = [path.location] + [path.path?.location, path.pathType?.location].compactMap { $0 }
                            + [path.backend.location] + hostLocations
                        for (target, purpose) in variants(of: value) { add(host, target, purpose, ingress, locations) }
                        for header in canaryHeaders { add(host, value, "the canary's \(header.name)", ingress, locations, headers: [header]) }
                    }
                }
            }
            if let backend = ingress.defaultBackend, ingress.rules.isEmpty {
                add(unknownHost, "/", "a host no rule names", ingress, [backend.location, ingress.location])
            }
        }
        add(unknownHost, "/", "a host no rule names", nil, [])
        return result
    }

    /// The hosts to probe for a rule host: itself; for `*.d`, one label deeper and two.
    static func hosts(for host: String) -> [String] {
        let host = host.lowercased()
        if host.isEmpty { return [unknownHost] }
        guard host.hasPrefix("*.") else { return [host] }
        let parent = String(host.dropFirst(2))
        return ["wildcard-probe.\(parent)", "two.labels.\(parent)"]
    }

    /// The path variants and what each is for.
    static func variants(of path: String) -> [(String, String)] {
        var variants: [(String, String)] = [(path, "the path itself")]
        variants.append((path.hasSuffix("/") ? path + "deeper" : path + "/deeper", "a deeper path"))
        if !path.hasSuffix("/") { variants.append((path + "-sibling", "a sibling sharing the prefix's characters")) }
        if path.hasSuffix("/"), path != "/" {
            variants.append((String(path.dropLast()), "the path without its trailing slash"))
        } else if !path.hasSuffix("/") {
            variants.append((path + "/", "the path with a trailing slash"))
        }
        if path.uppercased() != path { variants.append((path.uppercased(), "the path in another case")) }
        return variants
    }

    /// The header or cookie that steers requests to a canary Ingress, with the value that
    /// always selects the canary.
    static func canaryHeaders(of ingress: Ingress) -> [HTTPHeader] {
        guard ingress.meta.annotation(annotationPrefix + "canary")?.value == "true" else { return [] }
        var headers: [HTTPHeader] = []
        if let header = ingress.meta.annotation(annotationPrefix + "canary-by-header")?.value, !header.isEmpty {
            let value = ingress.meta.annotation(annotationPrefix + "canary-by-header-value")?.value ?? "always"
            headers.append(HTTPHeader(header, value.isEmpty ? "always" : value))
        }
        if let cookie = ingress.meta.annotation(annotationPrefix + "canary-by-cookie")?.value, !cookie.isEmpty {
            headers.append(HTTPHeader("Cookie", "\(cookie)=always"))
        }
        return headers
    }
}
