import MigrationCore

/// Derives probe requests from the Ingresses of one ingress class: for each host and path,
/// the ``PathVariants`` of the path and the host's root, each over `http` and `https`.
/// Wildcard hosts get a host one label deeper and one two labels deeper; rules without a host
/// and the class as a whole get an unknown host. The annotations add what exercises them
/// (``AnnotationProbes``): canary headers and cookies, CORS requests, the other name of
/// `from-to-www-redirect`, `server-alias` names; paths of a gRPC backend are probed with gRPC
/// calls. Requests are deduplicated; the first origin is kept.
public enum ProbeGenerator {
    /// The host used for "a host no rule names".
    public static let unknownHost = "unknown-host.verify.invalid"
    static let annotationPrefix = "nginx.ingress.kubernetes.io/"

    /// Probes for one class's Ingresses, in a stable order.
    public static func probes(for ingresses: [Ingress], className: String) -> [Probe] {
        var collector = Collector(className: className)
        for ingress in ingresses {
            let extras = AnnotationProbes(ingress)
            for rule in ingress.rules {
                let hostLocations = rule.host.map { [$0.location] } ?? []
                for host in hosts(for: rule.hostName) + extras.otherNames(of: rule.hostName) {
                    let root = extras.isGRPC ? PathVariants.grpc("/") : [("/", "the host's root")]
                    for (target, purpose) in root {
                        collector.add(host, extras.request(target), purpose, ingress, hostLocations + [rule.location])
                    }
                    for path in rule.paths {
                        let value = (path.path?.value).flatMap { $0.isEmpty ? nil : $0 } ?? "/"
                        let locations = [path.location] + [path.path?.location, path.pathType?.location].compactMap { $0 }
                            + [path.backend.location] + hostLocations
                        let variants = extras.isGRPC ? PathVariants.grpc(value) : PathVariants.http(value)
                        for (target, purpose) in variants { collector.add(host, extras.request(target), purpose, ingress, locations) }
                        let example = variants.first?.0 ?? value
                        for (request, purpose) in extras.exercising(example) { collector.add(host, request, purpose, ingress, locations) }
                    }
                }
            }
            if let backend = ingress.defaultBackend, ingress.rules.isEmpty {
                collector.add(unknownHost, .init(target: "/"), "a host no rule names", ingress, [backend.location, ingress.location])
            }
        }
        collector.add(unknownHost, .init(target: "/"), "a host no rule names", nil, [])
        return collector.probes
    }

    /// The hosts to probe for a rule host: itself; for `*.d`, one label deeper and two.
    static func hosts(for host: String) -> [String] {
        let host = host.lowercased()
        if host.isEmpty { return [unknownHost] }
        guard host.hasPrefix("*.") else { return [host] }
        let parent = String(host.dropFirst(2))
        return ["wildcard-probe.\(parent)", "two.labels.\(parent)"]
    }

    /// The path variants and what each is for (plain paths).
    static func variants(of path: String) -> [(String, String)] { PathVariants.plain(path) }

    /// Requests collected without duplicates.
    private struct Collector {
        var className: String
        var seen = Set<ProbeRequest>()
        var probes: [Probe] = []

        mutating func add(_ host: String, _ shape: RequestShape, _ purpose: String, _ ingress: Ingress?, _ locations: [SourceLocation]) {
            for scheme in ProbeRequest.Scheme.allCases {
                let request = ProbeRequest(scheme: scheme, host: host, target: shape.target, method: shape.method, headers: shape.headers)
                if seen.insert(request).inserted {
                    probes.append(Probe(request: request, className: className, purpose: purpose, object: ingress?.ref, locations: locations))
                }
            }
        }
    }
}

/// A request without its scheme and host.
struct RequestShape {
    var target: String
    var method = "GET"
    var headers: [HTTPHeader] = []
}
