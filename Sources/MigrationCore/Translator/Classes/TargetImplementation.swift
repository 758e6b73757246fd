/// The Gateway API implementations `--target` names, with the `controllerName` each one's
/// controller matches GatewayClasses by. Where each name was confirmed is listed in
/// `docs/gateway-classes.md`.
public enum TargetImplementation: String, Sendable, CaseIterable {
    case envoyGateway = "envoy-gateway"
    case kgateway
    case istio
    case nginxGatewayFabric = "nginx-gateway-fabric"
    case kuma
    case cilium
    case kong
    case traefik
    case contour
    case gke
    case emissary

    /// The `controllerName` the implementation's controller accepts, or nil when the
    /// implementation cannot be targeted (see ``unsupportedReason``).
    public var controllerName: String? {
        switch self {
        case .envoyGateway: "gateway.envoyproxy.io/gatewayclass-controller"
        case .kgateway: "kgateway.dev/kgateway"
        case .istio: "istio.io/gateway-controller"
        case .nginxGatewayFabric: "gateway.nginx.org/nginx-gateway-controller"
        case .kuma: "gateways.kuma.io/controller"
        case .cilium: "io.cilium/gateway-controller"
        case .kong: "konghq.com/kic-gateway-controller"
        case .traefik: "traefik.io/gateway-controller"
        case .contour: "projectcontour.io/gateway-controller"
        case .gke: "networking.gke.io/gateway"
        case .emissary: nil
        }
    }

    /// The implementation's name for people.
    public var displayName: String {
        switch self {
        case .envoyGateway: "Envoy Gateway"
        case .kgateway: "kgateway"
        case .istio: "Istio"
        case .nginxGatewayFabric: "NGINX Gateway Fabric"
        case .kuma: "Kuma"
        case .cilium: "Cilium"
        case .kong: "Kong Ingress Controller"
        case .traefik: "Traefik"
        case .contour: "Contour"
        case .gke: "GKE Gateway controller"
        case .emissary: "Emissary-ingress"
        }
    }

    /// GKE creates and owns its GatewayClasses (`gke-l7-*`) in every cluster with the Gateway
    /// API enabled; a GatewayClass object for it must not be applied, and Gateways must name
    /// one of GKE's classes.
    public var providesOwnClasses: Bool { self == .gke }

    /// The class Gateways use when the implementation provides its own classes and no
    /// `--gateway-class` was given.
    public var defaultClassName: String? {
        self == .gke ? "gke-l7-global-external-managed" : nil
    }

    /// Why the implementation cannot be targeted, when it cannot.
    public var unsupportedReason: String? {
        guard self == .emissary else { return nil }
        return "Emissary-ingress implements only the retired v1alpha1 Gateway API (networking.x-k8s.io) and selects no GatewayClass by controllerName, so it cannot serve the gateway.networking.k8s.io/v1 objects i2gw writes; choose another --target or give --gateway-class-controller"
    }
}

/// Checks a `controllerName` the way the GatewayClass CRD does: a domain-prefixed path of at
/// most 253 characters (`example.net/gateway-controller`).
public enum ControllerNameSyntax {
    /// A description of what is wrong with `name`, or nil when the CRD accepts it.
    public static func problem(with name: String) -> String? {
        guard !name.isEmpty, name.count <= 253 else { return "must be 1 to 253 characters" }
        guard let slash = name.firstIndex(of: "/") else { return "must be a domain-prefixed path such as example.net/gateway-controller" }
        let domain = name[..<slash]
        let path = name[name.index(after: slash)...]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelOK = labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        }
        if !labelOK { return "the part before / must be a lower-case DNS name" }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-._~%!$&'()*+,;=:".unicodeScalars)
        if path.isEmpty || !path.unicodeScalars.allSatisfy({ allowed.contains($0) }) {
            return "the path after / must be non-empty and use only letters, digits and -._~%!$&'()*+,;=:/"
        }
        return nil
    }
}
