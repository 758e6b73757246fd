import MigrationCore
import YAMLKit

/// A probe from a `--probes` file, with its expectation and where it is written.
public struct UserProbe: Sendable {
    /// The request.
    public var request: ProbeRequest
    /// The ingress class whose address it goes to; nil lets the verifier choose by host.
    public var className: String?
    /// The expected outcome.
    public var expectation: ProbeExpectation
    /// Where the entry starts.
    public var location: SourceLocation
}

/// Reads a `--probes` file:
///
/// ```yaml
/// probes:
/// - request: {scheme: https, host: shop.example.com, path: /api/v1?x=1, method: GET, headers: {X-Team: a}}
///   class: nginx            # optional
///   expect: {status: 200, backend: shop/api:80, upstreamPath: /api/v1?x=1}
/// - request: {host: shop.example.com, path: /old}
///   expect: {status: 308, redirect: "https://shop.example.com/old"}
/// - request: {host: shop.example.com, path: /checkout}
///   expect: {backends: {checkout-v1: 80, checkout-v2: 20}, responseHeaders: {X-Frame-Options: DENY}}
/// ```
///
/// `expect` also takes `upstreamHost`, `requestHeaders` (what the backend receives) and
/// `mirrors` (a list of Services).
///
/// A malformed file is an ``InputError`` naming file, line and column.
public enum ProbeFile {
    /// The probes of a file, in order.
    public static func parse(_ file: SourceFile) throws(InputError) -> [UserProbe] {
        do {
            guard let root = try YAMLParser.parseAll(file.bytes).first?.root else { return [] }
            let reader = ProbeFileReader(file: file.path)
            return try reader.sequence(try reader.required(root, "probes"), "probes").map(reader.probe)
        } catch let error as InputError {
            throw error
        } catch let error as YAMLError {
            throw InputError(
                path: file.path, location: error.mark.map { SourceLocation(file: file.path, line: $0.line, column: $0.column) },
                message: error.message)
        } catch {
            throw InputError(path: file.path, message: "\(error)")
        }
    }
}

/// Typed access to a probes file's nodes; mistakes become ``InputError``s with the location.
struct ProbeFileReader {
    var file: String

    func location(_ node: Node) -> SourceLocation { SourceLocation(file: file, line: node.mark.line, column: node.mark.column) }

    func fail(_ node: Node, _ message: String) -> InputError {
        InputError(path: file, location: location(node), message: message)
    }

    func required(_ node: Node, _ key: String) throws(InputError) -> Node {
        guard let value = node[key] else { throw fail(node, "\(key) is missing") }
        return value
    }

    func sequence(_ node: Node, _ field: String) throws(InputError) -> [Node] {
        guard let items = node.sequence else { throw fail(node, "\(field) must be a list") }
        return items
    }

    func text(_ node: Node?, _ field: String) throws(InputError) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else { throw fail(node, "\(field) must be a string") }
        return scalar.text
    }

    func integer(_ node: Node?, _ field: String) throws(InputError) -> Int? {
        guard let node else { return nil }
        guard case .int(let value)? = node.resolved else { throw fail(node, "\(field) must be a number") }
        return value
    }

    /// The entries of an optional mapping, keys as text.
    func pairs(_ node: Node?, _ field: String) throws(InputError) -> [(String, Node)] {
        guard let node else { return [] }
        guard let entries = node.mapping else { throw fail(node, "\(field) must be a mapping") }
        var result: [(String, Node)] = []
        for entry in entries { result.append((try text(entry.key, "\(field) key") ?? "", entry.value)) }
        return result
    }

    func probe(_ node: Node) throws(InputError) -> UserProbe {
        guard node.mapping != nil else { throw fail(node, "each probe must be a mapping with request and expect") }
        let request = try required(node, "request")
        guard let path = try text(request["path"], "request.path"), path.hasPrefix("/") else {
            throw fail(request, "request.path must be given and start with /")
        }
        guard let host = try text(request["host"], "request.host"), !host.isEmpty else { throw fail(request, "request.host is missing") }
        let schemeText = try text(request["scheme"], "request.scheme") ?? "http"
        guard let scheme = ProbeRequest.Scheme(rawValue: schemeText) else { throw fail(request["scheme"]!, "request.scheme must be http or https") }
        var headers: [HTTPHeader] = []
        if let headerNode = request["headers"] {
            guard let pairs = headerNode.mapping else { throw fail(headerNode, "request.headers must be a mapping of name to value") }
            for pair in pairs {
                headers.append(HTTPHeader(try text(pair.key, "header name") ?? "", try text(pair.value, "header value") ?? ""))
            }
        }
        let probeRequest = ProbeRequest(
            scheme: scheme, port: try integer(request["port"], "request.port"), host: host, target: path,
            method: try text(request["method"], "request.method") ?? "GET", headers: headers)
        let expect = try required(node, "expect")
        var expectation = ProbeExpectation()
        if let status = expect["status"] {
            if status.scalar?.text == "none" { expectation.expectsNoAnswer = true } else { expectation.status = try integer(status, "expect.status") }
        }
        expectation.backend = try text(expect["backend"], "expect.backend")
        expectation.redirect = try text(expect["redirect"], "expect.redirect")
        expectation.upstreamPath = try text(expect["upstreamPath"], "expect.upstreamPath")
        expectation.upstreamHost = try text(expect["upstreamHost"], "expect.upstreamHost")
        for (name, value) in try pairs(expect["backends"], "expect.backends") {
            guard let weight = try integer(value, "expect.backends.\(name)"), weight >= 0 else { throw fail(value, "expect.backends.\(name) must be a weight of 0 or more") }
            expectation.backends[name] = weight
        }
        for (name, value) in try pairs(expect["requestHeaders"], "expect.requestHeaders") {
            expectation.requestHeaders[name] = try text(value, "expect.requestHeaders.\(name)") ?? ""
        }
        for (name, value) in try pairs(expect["responseHeaders"], "expect.responseHeaders") {
            expectation.responseHeaders[name] = try text(value, "expect.responseHeaders.\(name)") ?? ""
        }
        if let mirrors = expect["mirrors"] {
            expectation.mirrors = try sequence(mirrors, "expect.mirrors").map { node throws(InputError) in try text(node, "expect.mirrors") ?? "" }
        }
        if expectation == ProbeExpectation() {
            throw fail(expect, "expect names nothing to check (status, backend, backends, redirect, upstreamPath, upstreamHost, requestHeaders, responseHeaders or mirrors)")
        }
        return UserProbe(request: probeRequest, className: try text(node["class"], "class"), expectation: expectation, location: location(node))
    }
}
