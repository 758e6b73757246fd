import MigrationCore

/// `cors-allow-origin` as the controller reads it. A value that fails the controller's check
/// as a whole is ignored, leaving the default `*` (every origin); otherwise `*` anywhere in the
/// list means every origin, and entries that are not `scheme://host[:port]` (or `null`) are
/// skipped. A Gateway CORS filter takes only `*` and `http(s)://host[:port]`, so other
/// entries the controller honoured (`null`, other schemes) are reported and left out.
struct CORSOrigins {
    static let valuePattern = #"^((((([a-z]+://)?(\*\.)?[A-Za-z0-9\-.]*(:\d+)?,?)|null)+)|\*)?$"#
    static let entryPattern = #"^([a-z]+://(\*\.)?[A-Za-z0-9\-.]*(:\d+)?|\*|null)?$"#
    static let gatewayPattern = #"^(\*|https?://((\*\.)?([a-zA-Z0-9\-]+\.)*[a-zA-Z0-9-]+|\*)(:[0-9]{1,5})?)$"#

    private let value: Regex<AnyRegexOutput>?
    private let entry: Regex<AnyRegexOutput>?
    private let gateway: Regex<AnyRegexOutput>?
    /// Answers already worked out, by check and text: a cluster repeats the same few values,
    /// and a regular-expression match costs far more than a lookup.
    private let answers = Answers()

    private final class Answers {
        var known: [String: Bool] = [:]
    }

    /// Compiles the checks once for a whole translation.
    init() {
        value = try? Regex(Self.valuePattern)
        entry = try? Regex(Self.entryPattern)
        gateway = try? Regex(Self.gatewayPattern)
    }

    /// The origins to allow, or nil when none is left.
    func allowed(_ setting: IngressSettings, findings: inout FindingList) -> [String]? {
        guard let list = setting.list("cors-allow-origin") else { return ["*"] }
        let annotation = list.annotation
        guard matches(String(annotation.value.filter { $0 != " " }), value, "value") else {
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "cors-allow-origin fails the controller's check, so ingress-nginx ignored it and allowed every origin (*); so does the Gateway",
                    hint: "write the origins as scheme://host[:port], separated by commas, to restrict them"))
            return ["*"]
        }
        let entries = list.values
        if entries.contains("*") { return ["*"] }
        let honoured = entries.filter { !$0.isEmpty && matches($0, entry, "entry") }
        let skipped = entries.filter { !$0.isEmpty && !matches($0, entry, "entry") }
        if !skipped.isEmpty {
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "cors-allow-origin: the controller skipped \(skipped.joined(separator: ", ")) (not scheme://host[:port]); so does the Gateway"))
        }
        let writable = honoured.filter { matches($0, gateway, "gateway") }
        let lost = honoured.filter { !matches($0, gateway, "gateway") }
        if !lost.isEmpty {
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "cors-allow-origin: \(lost.joined(separator: ", ")) cannot be written in a Gateway CORS filter (only * and http(s)://host[:port]); requests from \(lost.count == 1 ? "it" : "them") no longer get CORS headers"))
        }
        return writable.isEmpty ? nil : writable
    }

    private func matches(_ text: String, _ regex: Regex<AnyRegexOutput>?, _ check: String) -> Bool {
        guard let regex else { return false }
        let key = check + "\u{0}" + text
        if let known = answers.known[key] { return known }
        let answer = (try? regex.wholeMatch(in: text)) != nil
        answers.known[key] = answer
        return answer
    }
}
