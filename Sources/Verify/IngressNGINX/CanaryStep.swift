import MigrationCore

/// The canary decision of the controller's balancer (annotations.md, "Canary"; made in its
/// Lua balancer after the HTTPS redirect), for a location whose upstream has a canary
/// (``NGINXCanaryMerge``). In order:
///
/// 1. `canary-by-header` present in the request: with `canary-by-header-value`, that exact
///    value sends it to the canary; else with `canary-by-header-pattern`, a match of the
///    pattern anywhere in the value (case-sensitive) does; else `always` does and `never`
///    sends it to the primary. Any other value goes on to step 2.
/// 2. `canary-by-cookie` present: `always` → canary, `never` → primary, else step 3.
/// 3. `canary-weight` out of `canary-weight-total` (used only above 100, else 100): the
///    request goes to the canary with that probability, an outcome of weighted backends.
///
/// The location's own settings (rewrites, headers) apply to canary requests too.
public struct CanaryStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Canary settings belong to the canary Ingress's upstream, not to locations.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {}

    /// Chooses between the location's backend and its canary.
    public func process(_ processing: inout NGINXRequestProcessing) {
        guard let canary = processing.canary else { return }
        let (choice, keys) = Self.choice(canary, request: processing.request)
        processing.backendChoice = choice
        for key in keys { processing.decidingAnnotations += canary.sources[key] ?? [] }
    }

    /// The choice for a request and the canary annotations that made it.
    static func choice(_ canary: NGINXCanary, request: ProbeRequest) -> (NGINXRequestProcessing.BackendChoice, [String]) {
        if let name = canary.header, let value = request.header(name) {
            let keys = ["canary-by-header"]
            if let expected = canary.headerValue {
                if value == expected { return (.canary, keys + ["canary-by-header-value"]) }
            } else if let pattern = canary.headerPattern {
                guard let regex = CompiledRegexes.shared.regex(pattern) else { return (.primary, keys + ["canary-by-header-pattern"]) }
                if (try? regex.firstMatch(in: value)) != nil { return (.canary, keys + ["canary-by-header-pattern"]) }
            } else if value == "always" {
                return (.canary, keys)
            } else if value == "never" {
                return (.primary, keys)
            }
        }
        if let name = canary.cookie, let value = cookie(name, in: request) {
            if value == "always" { return (.canary, ["canary-by-cookie"]) }
            if value == "never" { return (.primary, ["canary-by-cookie"]) }
        }
        let total = canary.weightTotal > 100 ? canary.weightTotal : 100
        let keys = ["canary-weight", "canary-weight-total"]
        if canary.weight <= 0 { return (.primary, []) }
        if canary.weight >= total { return (.canary, keys) }
        return (.weighted(weight: canary.weight, total: total), keys)
    }

    /// The value of a cookie (names compared case-insensitively, as nginx's `$cookie_` does).
    static func cookie(_ name: String, in request: ProbeRequest) -> String? {
        for header in request.headers where header.name.lowercased() == "cookie" {
            for pair in header.value.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmed.lowercased() == name.lowercased() { return parts[1].trimmed }
            }
        }
        return nil
    }
}
