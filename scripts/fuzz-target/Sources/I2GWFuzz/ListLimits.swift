import MigrationCore
import YAMLKit

/// The list caps (`maxItems`) of the Gateway API CRDs that generated objects can reach: an
/// object past one is rejected by the API server as a whole, so none may be written.
enum ListLimits {
    /// The first list of `document` longer than its cap, described; nil when all fit.
    static func violation(in document: EncodedDocument) -> String? {
        let value = document.value
        guard let spec = value["spec"] else { return nil }
        var problems: [String] = []
        func check(_ list: YAMLValue?, _ cap: Int, _ name: String) {
            if case .sequence(let items)? = list, items.count > cap { problems.append("\(name) has \(items.count) items (at most \(cap))") }
        }
        switch document.kind {
        case "HTTPRoute", "GRPCRoute":
            check(spec["hostnames"], 16, "spec.hostnames")
            check(spec["parentRefs"], 32, "spec.parentRefs")
            check(spec["rules"], 16, "spec.rules")
            if case .sequence(let rules)? = spec["rules"] {
                for rule in rules {
                    check(rule["backendRefs"], 16, "rules[].backendRefs")
                    check(rule["filters"], 16, "rules[].filters")
                    guard case .sequence(let filters)? = rule["filters"] else { continue }
                    for filter in filters {
                        for modifier in ["requestHeaderModifier", "responseHeaderModifier"] {
                            for list in ["set", "add", "remove"] { check(filter[modifier]?[list], 16, "\(modifier).\(list)") }
                        }
                        for list in ["allowOrigins", "allowHeaders", "exposeHeaders"] { check(filter["cors"]?[list], 64, "cors.\(list)") }
                    }
                }
            }
        case "TLSRoute", "TCPRoute", "UDPRoute":
            check(spec["parentRefs"], 32, "spec.parentRefs")
        case "Gateway", "ListenerSet":
            check(spec["listeners"], 64, "spec.listeners")
        case "ReferenceGrant":
            check(spec["from"], 16, "spec.from")
            check(spec["to"], 16, "spec.to")
        default:
            break
        }
        return problems.first.map { "\(document.kind) \(document.namespace)/\(document.name): \($0)" }
    }
}
