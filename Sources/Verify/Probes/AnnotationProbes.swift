import MigrationCore

/// The requests that exercise an Ingress's ingress-nginx annotations, added to the probes of
/// its paths:
///
/// - a canary Ingress: its header with `always`, `never`, its exact value and another value,
///   an example of its pattern; its cookie with `always` and `never`;
/// - `enable-cors`: a preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`)
///   and a `GET` from an allowed origin (the first listed, a `*` label written `probe`), and a
///   `GET` from an origin the list does not allow;
/// - `from-to-www-redirect` and `server-alias`: the other names of the host;
/// - `backend-protocol: GRPC`/`GRPCS`: requests are gRPC calls (`POST`,
///   `Content-Type: application/grpc`).
struct AnnotationProbes {
    static let prefix = "nginx.ingress.kubernetes.io/"
    static let deniedOrigin = "https://not-allowed.verify.invalid"

    let ingress: Ingress

    init(_ ingress: Ingress) { self.ingress = ingress }

    func value(_ key: String) -> String? {
        guard let value = ingress.meta.annotation(Self.prefix + key)?.value.trimmed, !value.isEmpty else { return nil }
        return value
    }

    func isTrue(_ key: String) -> Bool { ["1", "t", "T", "TRUE", "true", "True"].contains(value(key) ?? "") }

    /// Whether the Ingress's backends speak gRPC.
    var isGRPC: Bool { ["GRPC", "GRPCS"].contains(value("backend-protocol")?.uppercased() ?? "") }

    /// A request for `target` in the form the backend expects.
    func request(_ target: String) -> RequestShape {
        isGRPC ? RequestShape(target: target, method: "POST", headers: [HTTPHeader("Content-Type", "application/grpc")]) : RequestShape(target: target)
    }

    /// The names besides the rule's host that reach its server.
    func otherNames(of host: String) -> [String] {
        let host = host.lowercased()
        guard !host.isEmpty, !host.hasPrefix("*") else { return [] }
        var names: [String] = []
        if isTrue("from-to-www-redirect") { names.append(host.hasPrefix("www.") ? String(host.dropFirst(4)) : "www." + host) }
        if let aliases = value("server-alias") {
            names += aliases.split(separator: ",").map { $0.trimmed.lowercased() }.filter { !$0.isEmpty && !$0.contains("*") && !$0.hasPrefix("~") }
        }
        return names.filter { $0 != host }
    }

    /// Canary and CORS requests for one path.
    func exercising(_ path: String) -> [(RequestShape, String)] {
        var result: [(RequestShape, String)] = []
        func add(_ headers: [HTTPHeader], _ purpose: String, method: String = "GET") {
            var shape = request(path)
            shape.headers += headers
            if method != "GET" { shape.method = method }
            result.append((shape, purpose))
        }
        if isTrue("canary") {
            if let header = value("canary-by-header") {
                if let expected = value("canary-by-header-value") {
                    add([HTTPHeader(header, expected)], "the canary's \(header) value")
                    add([HTTPHeader(header, "not-" + expected)], "another \(header) value")
                } else if let pattern = value("canary-by-header-pattern") {
                    if let example = RegexExample.text(of: pattern) { add([HTTPHeader(header, example)], "a \(header) value the canary's pattern matches") }
                    add([HTTPHeader(header, "never")], "\(header): never")
                } else {
                    add([HTTPHeader(header, "always")], "the canary's \(header)")
                    add([HTTPHeader(header, "never")], "\(header): never")
                }
            }
            if let cookie = value("canary-by-cookie") {
                add([HTTPHeader("Cookie", "\(cookie)=always")], "the canary's cookie")
                add([HTTPHeader("Cookie", "\(cookie)=never")], "the canary's cookie set to never")
            }
        }
        if isTrue("enable-cors") {
            let origins = (value("cors-allow-origin") ?? "*").split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
            let wildcard = origins.isEmpty || origins.contains("*")
            let allowed = wildcard ? "https://origin.verify.invalid" : origins[0].replacingFirstStar(with: "probe")
            add([HTTPHeader("Origin", allowed), HTTPHeader("Access-Control-Request-Method", "GET")], "a CORS preflight from \(allowed)", method: "OPTIONS")
            add([HTTPHeader("Origin", allowed)], "a cross-origin request from \(allowed)")
            if !wildcard { add([HTTPHeader("Origin", Self.deniedOrigin)], "a cross-origin request from an origin not allowed") }
        }
        return result
    }
}

extension String {
    /// The text with its first `*` replaced.
    func replacingFirstStar(with replacement: String) -> String {
        guard let star = firstIndex(of: "*") else { return self }
        return String(self[..<star]) + replacement + String(self[index(after: star)...])
    }
}
