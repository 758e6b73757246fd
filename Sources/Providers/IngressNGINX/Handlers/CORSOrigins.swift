import MigrationCore

/// `cors-allow-origin` as the controller reads it. A value that fails the controller's check
/// as a whole is ignored, leaving the default `*` (every origin); otherwise `*` anywhere in the
/// list means every origin, and entries that are not `scheme://host[:port]` (or `null`) are
/// skipped. A Gateway CORS filter takes only `*` and `http(s)://host[:port]`, so other
/// entries the controller honoured (`null`, other schemes) are reported and left out.
struct CORSOrigins {
    /// Creates the checks (``CORSOriginSyntax`` holds them).
    init() {}

    /// The origins to allow, or nil when none is left.
    func allowed(_ setting: IngressSettings, findings: inout FindingList) -> [String]? {
        guard let list = setting.list("cors-allow-origin") else { return ["*"] }
        let annotation = list.annotation
        guard CORSOriginSyntax.isValidValue(String(annotation.value.filter { $0 != " " })) else {
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "cors-allow-origin fails the controller's check, so ingress-nginx ignored it and allowed every origin (*); so does the Gateway",
                    hint: "write the origins as scheme://host[:port], separated by commas, to restrict them"))
            return ["*"]
        }
        let entries = list.values
        if entries.contains("*") { return ["*"] }
        let honoured = entries.filter { !$0.isEmpty && CORSOriginSyntax.isValidEntry($0) }
        let skipped = entries.filter { !$0.isEmpty && !CORSOriginSyntax.isValidEntry($0) }
        if !skipped.isEmpty {
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "cors-allow-origin: the controller skipped \(skipped.joined(separator: ", ")) (not scheme://host[:port]); so does the Gateway"))
        }
        let writable = honoured.filter { CORSOriginSyntax.isGatewayOrigin($0) }
        let lost = honoured.filter { !CORSOriginSyntax.isGatewayOrigin($0) }
        if !lost.isEmpty {
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "cors-allow-origin: \(lost.joined(separator: ", ")) cannot be written in a Gateway CORS filter (only * and http(s)://host[:port]); requests from \(lost.count == 1 ? "it" : "them") no longer get CORS headers"))
        }
        return writable.isEmpty ? nil : writable
    }
}
