/// The GatewayClasses the output needs: one per class name the Gateways use, with the target
/// implementation's `controllerName`.
///
/// - The class name is `--gateway-class`, else the target's own class (GKE), else the ingress
///   class name, so a Gateway generated for the IngressClass `nginx` uses the GatewayClass
///   `nginx`, generated from that IngressClass.
/// - Without `--target` or `--gateway-class-controller` there is no controller to name, so no
///   GatewayClass is generated: the infrastructure provider supplies it.
/// - GKE creates its own `gke-l7-*` classes; none is generated for it.
struct GatewayClassPlan {
    var options: TranslationOptions
    /// IngressClass objects of the input, by name.
    var ingressClasses: [String: IngressClass]

    /// The `gatewayClassName` of the Gateway generated for an ingress class.
    func className(forIngressClass ingressClass: String) -> String {
        options.gatewayClassName ?? options.target?.defaultClassName ?? ingressClass
    }

    /// The controller name the generated GatewayClasses carry, if any are generated.
    var controllerName: String? {
        if let explicit = options.gatewayClassController { return explicit }
        guard let target = options.target, !target.providesOwnClasses else { return nil }
        return target.controllerName
    }

    /// The CRD's limit on `spec.description`.
    static let maxDescriptionBytes = 64

    /// GatewayClasses for the Gateways built, keyed by the ingress classes they replace.
    func gatewayClasses(for gateways: [(gateway: Gateway, ingressClass: String)]) -> [GatewayClass] {
        guard let controllerName else { return [] }
        var replaced: [String: Set<String>] = [:]
        for entry in gateways { replaced[entry.gateway.gatewayClassName, default: []].insert(entry.ingressClass) }
        return replaced.keys.sorted().map { name in
            let ingressClassNames = replaced[name]!.sorted()
            var meta = OutputMeta(name: name)
            meta.sources = ingressClassNames.compactMap { ingressClasses[$0] }.map {
                SourceRef(object: ObjectRef(kind: "IngressClass", namespace: "", name: $0.name), location: $0.location)
            }
            var description = "Replaces ingress class\(ingressClassNames.count == 1 ? "" : "es") \(ingressClassNames.joined(separator: ", "))"
            if description.utf8.count > Self.maxDescriptionBytes { description = "Replaces \(ingressClassNames.count) ingress classes" }
            return GatewayClass(meta: meta, controllerName: controllerName, description: description)
        }
    }
}
