import Foundation
import Testing
import Verify
import YAMLKit

/// Checks an engine outcome against a case's expectation keys:
/// `backend` (a Service, `name` in the infra namespace or `namespace/name`), `backends`
/// (Service → weight), `status` (a code, or `none` for no answer), `redirect` (`status`,
/// `scheme`, `host`, `port`, `path`, or the exact `location`), `upstream` (`path`, `host`,
/// `headers`, `absent`), `backendResponseHeaders` with `responseHeaders` and
/// `absentResponseHeaders`, `mirroredTo`.
enum ExpectationCheck {
    static func check(_ outcome: RoutingOutcome, against expected: YAMLValue, _ label: String) {
        if let backend = expected["backend"]?.text {
            guard case .forwarded(let forwarding) = outcome else {
                Issue.record("\(label): expected forwarding to \(backend), got \(outcome)")
                return
            }
            let names = forwarding.shares.compactMap { share -> String? in
                if case .service(let service) = share.target { return "\(service.namespace)/\(service.name)" }
                return nil
            }
            #expect(Set(names) == [qualified(backend)], "\(label): got \(outcome)")
            checkUpstream(forwarding, expected, label)
        }
        if let backends = expected["backends"] {
            guard case .forwarded(let forwarding) = outcome else {
                Issue.record("\(label): expected weighted backends, got \(outcome)")
                return
            }
            var weights: [String: Int] = [:]
            for share in forwarding.shares {
                if case .service(let service) = share.target { weights["\(service.namespace)/\(service.name)", default: 0] += share.weight }
            }
            var wanted: [String: Int] = [:]
            for entry in backends.entries where (entry.value.integer ?? 0) > 0 { wanted[qualified(entry.key)] = entry.value.integer }
            #expect(weights == wanted, "\(label): got \(outcome)")
        }
        if let status = expected["status"]?.text {
            #expect((outcome.statusCode.map(String.init) ?? "none") == status, "\(label): got \(outcome)")
        }
        if let redirect = expected["redirect"] { checkRedirect(outcome, redirect, label) }
        if let mirrors = expected["mirroredTo"] {
            guard case .forwarded(let forwarding) = outcome else { return }
            #expect(Set(forwarding.mirrors.map { "\($0.namespace)/\($0.name)" }) == Set(mirrors.items.compactMap(\.text).map(qualified)), "\(label)")
        }
        checkResponseHeaders(outcome, expected, label)
    }

    static func qualified(_ name: String) -> String {
        name.contains("/") ? name : "\(ConformanceCase.defaultNamespace)/\(name)"
    }

    private static func checkUpstream(_ forwarding: Forwarding, _ expected: YAMLValue, _ label: String) {
        guard let upstream = expected["upstream"], let request = forwarding.shares.first?.upstream else { return }
        if let path = upstream["path"]?.text { #expect(request.target == path, "\(label): upstream \(request)") }
        if let host = upstream["host"]?.text { #expect(request.host == host, "\(label): upstream \(request)") }
        for (name, value) in upstream["headers"]?.stringMap ?? [:] {
            #expect(request.headers.value(name) == value, "\(label): upstream header \(name) = \(request.headers.value(name) ?? "absent")")
        }
        for name in upstream["absent"]?.items.compactMap(\.text) ?? [] {
            #expect(request.headers.value(name) == nil, "\(label): upstream header \(name) should be absent")
        }
    }

    private static func checkRedirect(_ outcome: RoutingOutcome, _ redirect: YAMLValue, _ label: String) {
        guard case .redirect(let code, let location) = outcome else {
            Issue.record("\(label): expected a redirect, got \(outcome)")
            return
        }
        if let status = redirect["status"]?.integer { #expect(code == status, "\(label): \(outcome)") }
        if let exact = redirect["location"]?.text { #expect(location == exact, "\(label): \(outcome)") }
        guard let schemeEnd = location.range(of: "://") else {
            Issue.record("\(label): Location \(location) is not absolute")
            return
        }
        let scheme = String(location[..<schemeEnd.lowerBound])
        let rest = location[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" }
        let path = String(rest.dropFirst(authority.count))
        let host = authority.split(separator: ":").first.map(String.init) ?? ""
        let port = authority.contains(":") ? String(authority.split(separator: ":").last ?? "") : nil
        if let wanted = redirect["scheme"]?.text { #expect(scheme == wanted, "\(label): \(location)") }
        if let wanted = redirect["host"]?.text { #expect(host == wanted, "\(label): \(location)") }
        if let wanted = redirect["path"]?.text { #expect(path == wanted, "\(label): \(location)") }
        if let wanted = redirect["port"]?.text {
            #expect(port == wanted, "\(label): \(location)")
        } else {
            #expect(port == nil || port == (scheme == "https" ? "443" : "80"), "\(label): \(location)")
        }
    }

    private static func checkResponseHeaders(_ outcome: RoutingOutcome, _ expected: YAMLValue, _ label: String) {
        guard expected["responseHeaders"] != nil || expected["absentResponseHeaders"] != nil else { return }
        var headers = HeaderList()
        switch outcome {
        case .forwarded(let forwarding):
            headers = HeaderList((expected["backendResponseHeaders"]?.entries ?? []).map { HTTPHeader($0.key, $0.value.text ?? "") })
            for edit in forwarding.responseHeaderEdits { headers.apply(edit) }
        case .response(_, _, let direct):
            headers = HeaderList(direct)
        default:
            Issue.record("\(label): expected response headers, got \(outcome)")
            return
        }
        for (name, value) in expected["responseHeaders"]?.stringMap ?? [:] {
            #expect(headers.value(name) == value, "\(label): response header \(name) = \(headers.value(name) ?? "absent")")
        }
        for name in expected["absentResponseHeaders"]?.items.compactMap(\.text) ?? [] {
            #expect(headers.value(name) == nil, "\(label): response header \(name) should be absent")
        }
    }
}
