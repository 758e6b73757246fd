/// What `--emitter` selects: the implementation whose own resources carry the behaviour
/// standard Gateway API cannot express (``PolicyIntent``s).
public enum EmitterChoice: String, Sendable, CaseIterable {
    /// Portable Gateway API only: every intent is reported.
    case standard
    /// Envoy Gateway's SecurityPolicy and BackendTrafficPolicy.
    case envoyGateway = "envoy-gateway"
}

/// Turns the intents left on generated routes into an implementation's resources, naming
/// the route rules its policies target, and reports the intents it cannot carry.
protocol ImplementationEmitter {
    mutating func emit(_ objects: inout GeneratedObjects, findings: inout FindingList)
}

extension EmitterChoice {
    var emitter: any ImplementationEmitter {
        switch self {
        case .standard: StandardEmitter()
        case .envoyGateway: EnvoyGatewayEmitter()
        }
    }
}

/// The standard emitter: Gateway API has no field for any intent, so each is reported once
/// per annotation: an error when dropping it opens access, a warning otherwise.
struct StandardEmitter: ImplementationEmitter {
    mutating func emit(_ objects: inout GeneratedObjects, findings: inout FindingList) {
        var seen = Set<SourcedIntent>()
        for route in objects.httpRoutes {
            for rule in route.rules {
                for sourced in rule.intents where seen.insert(sourced).inserted {
                    findings.add(IntentFindings.notCarried(sourced, by: "standard Gateway API"))
                }
            }
        }
    }
}

/// Findings shared by the emitters.
enum IntentFindings {
    static func notCarried(_ sourced: SourcedIntent, by emitter: String) -> Finding {
        let security = sourced.intent.isSecurityControl
        return Finding(
            security ? .droppedSecurityControl : .intentNotCarried, object: sourced.object, at: sourced.location,
            message: "the \(sourced.intent.summary) has no equivalent in \(emitter)\(security ? "; without it the paths accept requests that were refused" : "")",
            hint: "--emitter envoy-gateway carries it with Envoy Gateway policies")
    }
}

extension FindingCode {
    /// A dropped security control.
    public static let droppedSecurityControl = FindingCode(
        "I2GW-DROPPED-SECURITY-CONTROL", .error,
        "An access control (address allow-list, authentication, rate limit) has no equivalent in the chosen output: applying it widens access.")
    /// Another behaviour the chosen emitter cannot carry.
    public static let intentNotCarried = FindingCode(
        "I2GW-INTENT-NOT-CARRIED", .warning, "A behaviour (such as a request body limit) has no equivalent in the chosen output.")
    /// A behaviour carried with a documented difference.
    public static let intentApproximated = FindingCode(
        "I2GW-INTENT-APPROXIMATED", .warning, "An implementation policy carries a behaviour with a documented difference.")

    /// The emitters' codes.
    public static let emitterCatalog: [FindingCode] = [.droppedSecurityControl, .intentNotCarried, .intentApproximated]
}
