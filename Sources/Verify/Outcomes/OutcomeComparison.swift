/// One way two outcomes for the same request differ.
public struct OutcomeDifference: Sendable, Hashable, CustomStringConvertible {
    /// What differs.
    public enum Aspect: String, Sendable, Hashable, CaseIterable {
        case status
        case backends
        case upstreamPath = "upstream path"
        case upstreamHost = "upstream host"
        case redirectLocation = "redirect location"
        case requestHeaders = "request headers"
        case responseHeaders = "response headers"
        case mirrors
        case cors = "CORS"
    }

    /// The aspect.
    public var aspect: Aspect
    /// The reference side (what the controller did).
    public var reference: String
    /// The candidate side (what the Gateway does).
    public var candidate: String

    /// Creates a difference.
    public init(_ aspect: Aspect, reference: String, candidate: String) {
        self.aspect = aspect
        self.reference = reference
        self.candidate = candidate
    }

    public var description: String { "\(aspect.rawValue): \(reference) → \(candidate)" }
}

/// The explicit comparison of two outcomes. Compared: the status (or whether there is an
/// answer at all), the backend set with its weights as proportions, the upstream path and
/// host, the redirect status and `Location` (as equivalent URLs, ``RedirectTarget``), request
/// headers as the backend receives them, response header edits, and mirrors. CORS response
/// headers are compared by what they grant the request's origin (``CORSView``). Not compared:
/// the words of a reason, header name case, header order, and weights' scale (70/30 equals 7/3).
public enum OutcomeComparison {
    /// Every aspect in which `candidate` differs from `reference` for `request`; empty when
    /// they agree. Without a request, CORS headers compare as other headers.
    public static func differences(reference: RoutingOutcome, candidate: RoutingOutcome, for request: ProbeRequest? = nil) -> [OutcomeDifference] {
        switch (reference, candidate) {
        case (.forwarded(let left), .forwarded(let right)):
            return differences(left, right, request: request)
        case (.redirect(let leftCode, let leftLocation), .redirect(let rightCode, let rightLocation)):
            var result: [OutcomeDifference] = []
            if leftCode != rightCode { result.append(OutcomeDifference(.status, reference: "\(leftCode)", candidate: "\(rightCode)")) }
            if RedirectTarget.normalized(leftLocation) != RedirectTarget.normalized(rightLocation) {
                result.append(OutcomeDifference(.redirectLocation, reference: leftLocation, candidate: rightLocation))
            }
            return result
        case (.response(let leftCode, _, let leftHeaders), .response(let rightCode, _, let rightHeaders)):
            if leftCode != rightCode {
                return [OutcomeDifference(.status, reference: reference.description, candidate: candidate.description)]
            }
            let left = HeaderList(leftHeaders).normalized
            let right = HeaderList(rightHeaders).normalized
            return headerDifferences(left, right, request: request)
        case (.refused, .refused):
            return []
        default:
            return [OutcomeDifference(.status, reference: reference.description, candidate: candidate.description)]
        }
    }

    private static func differences(_ left: Forwarding, _ right: Forwarding, request: ProbeRequest?) -> [OutcomeDifference] {
        var result: [OutcomeDifference] = []
        let leftBackends = proportions(left.shares)
        let rightBackends = proportions(right.shares)
        if leftBackends != rightBackends {
            result.append(OutcomeDifference(.backends, reference: text(leftBackends), candidate: text(rightBackends)))
        }
        let leftUpstreams = served(left.shares)
        let rightUpstreams = served(right.shares)
        let paths = (Set(leftUpstreams.map(\.target)), Set(rightUpstreams.map(\.target)))
        if paths.0 != paths.1 {
            result.append(OutcomeDifference(.upstreamPath, reference: paths.0.sorted().joined(separator: " | "), candidate: paths.1.sorted().joined(separator: " | ")))
        }
        let hosts = (Set(leftUpstreams.map(\.host)), Set(rightUpstreams.map(\.host)))
        if hosts.0 != hosts.1 {
            result.append(OutcomeDifference(.upstreamHost, reference: hosts.0.sorted().joined(separator: " | "), candidate: hosts.1.sorted().joined(separator: " | ")))
        }
        let headers = (Set(leftUpstreams.map { text($0.headers.normalized) }), Set(rightUpstreams.map { text($0.headers.normalized) }))
        if headers.0 != headers.1 {
            result.append(OutcomeDifference(.requestHeaders, reference: headers.0.sorted().joined(separator: " | "), candidate: headers.1.sorted().joined(separator: " | ")))
        }
        result += editDifferences(left.responseHeaderEdits, right.responseHeaderEdits, request: request)
        let mirrors = (Set(left.mirrors), Set(right.mirrors))
        if mirrors.0 != mirrors.1 {
            result.append(OutcomeDifference(.mirrors, reference: list(mirrors.0.sorted()), candidate: list(mirrors.1.sorted())))
        }
        return result
    }

    /// Response header edits compared in order, except CORS headers when a request is given:
    /// those are compared by what the headers they leave grant the request.
    private static func editDifferences(_ left: [HeaderEdit], _ right: [HeaderEdit], request: ProbeRequest?) -> [OutcomeDifference] {
        func split(_ edits: [HeaderEdit]) -> (other: [HeaderEdit], cors: [String: String]) {
            guard request != nil else { return (edits.map(canonical), [:]) }
            var cors = HeaderList()
            var other: [HeaderEdit] = []
            for edit in edits.map(canonical) {
                if CORSView.isCORSHeader(edit.name) { cors.apply(edit) } else { other.append(edit) }
            }
            return (other, cors.normalized)
        }
        let (leftOther, leftCORS) = split(left)
        let (rightOther, rightCORS) = split(right)
        var result: [OutcomeDifference] = []
        if leftOther != rightOther { result.append(OutcomeDifference(.responseHeaders, reference: list(leftOther), candidate: list(rightOther))) }
        if let request, let leftView = CORSView(leftCORS, request: request), let rightView = CORSView(rightCORS, request: request), leftView != rightView {
            result.append(OutcomeDifference(.cors, reference: leftView.description, candidate: rightView.description))
        }
        return result
    }

    /// Headers of direct answers: CORS headers by what they grant (when a request is given),
    /// the others by name and value.
    private static func headerDifferences(_ left: [String: String], _ right: [String: String], request: ProbeRequest?) -> [OutcomeDifference] {
        guard let request else { return left == right ? [] : [OutcomeDifference(.responseHeaders, reference: text(left), candidate: text(right))] }
        let (leftOther, rightOther) = (left.filter { !CORSView.isCORSHeader($0.key) }, right.filter { !CORSView.isCORSHeader($0.key) })
        var result: [OutcomeDifference] = []
        if leftOther != rightOther { result.append(OutcomeDifference(.responseHeaders, reference: text(leftOther), candidate: text(rightOther))) }
        if let leftView = CORSView(left, request: request), let rightView = CORSView(right, request: request), leftView != rightView {
            result.append(OutcomeDifference(.cors, reference: leftView.description, candidate: rightView.description))
        }
        return result
    }

    /// Each target's share in lowest terms, zero weights dropped, failures compared by status.
    static func proportions(_ shares: [BackendShare]) -> [String: Int] {
        var weights: [String: Int] = [:]
        for share in shares where share.weight > 0 {
            let key: String
            switch share.target {
            case .service(let service): key = service.description
            case .failure(let code, _): key = "answer \(code)"
            }
            weights[key, default: 0] += share.weight
        }
        let divisor = weights.values.reduce(0, gcd)
        return divisor > 1 ? weights.mapValues { $0 / divisor } : weights
    }

    private static func served(_ shares: [BackendShare]) -> [UpstreamRequest] {
        shares.compactMap { share in
            if case .service = share.target, share.weight > 0 { return share.upstream }
            return nil
        }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    private static func canonical(_ edit: HeaderEdit) -> HeaderEdit {
        switch edit {
        case .set(let name, let value): .set(name.lowercased(), value)
        case .add(let name, let value): .add(name.lowercased(), value)
        case .remove(let name): .remove(name.lowercased())
        }
    }

    private static func text(_ weights: [String: Int]) -> String {
        guard !weights.isEmpty else { return "none" }
        let total = weights.values.reduce(0, +)
        return weights.keys.sorted().map { total == weights[$0] ? $0 : "\($0) (\(weights[$0]!)/\(total))" }.joined(separator: ", ")
    }

    private static func text(_ headers: [String: String]) -> String {
        headers.isEmpty ? "none" : headers.keys.sorted().map { "\($0): \(headers[$0]!)" }.joined(separator: ", ")
    }

    private static func list<T: CustomStringConvertible>(_ items: [T]) -> String {
        items.isEmpty ? "none" : items.map(\.description).joined(separator: ", ")
    }
}
