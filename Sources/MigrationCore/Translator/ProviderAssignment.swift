/// Decides each Ingress's ingress class and which provider serves it.
///
/// The class is `spec.ingressClassName`; without it, the legacy `kubernetes.io/ingress.class`
/// annotation; without both, the IngressClass marked
/// `ingressclass.kubernetes.io/is-default-class: "true"` (the API server writes that class into
/// new Ingresses that name none).
public struct ProviderAssignment {
    /// One provider's share of the input.
    public struct Share: Sendable {
        /// The provider.
        public var provider: any Provider
        /// Its Ingresses, in input order.
        public var ingresses: [Ingress] = []
        /// The ingress class of each Ingress, by index.
        public var classNames: [String] = []
    }

    static let classAnnotation = "kubernetes.io/ingress.class"

    /// Splits the Ingresses between the providers, in provider order.
    public static func assign(
        _ manifests: ParsedManifests, providers: [any Provider], findings: inout FindingList
    ) -> [Share] {
        var shares = providers.map { Share(provider: $0) }
        var classesByName: [String: IngressClass] = [:]
        for ingressClass in manifests.ingressClasses where classesByName[ingressClass.name] == nil {
            classesByName[ingressClass.name] = ingressClass
        }
        let defaultClass = manifests.ingressClasses.filter(\.isDefault).map(\.name).sorted().first
        for ingress in manifests.ingresses {
            guard let className = className(of: ingress, defaultClass: defaultClass) else {
                findings.add(
                    Finding(
                        .noIngressClass, object: ingress.ref, at: ingress.location,
                        message: "\(ingress.ref) names no ingress class and the input has no default IngressClass; it was not translated",
                        hint: "set spec.ingressClassName, or include the IngressClass objects (kubectl get ingressclass -o yaml) in the input"))
                continue
            }
            let ingressClass = classesByName[className]
            guard let index = shares.firstIndex(where: { $0.provider.servesClass(className, ingressClass: ingressClass) }) else {
                let names = providers.map(\.name).joined(separator: ", ")
                findings.add(
                    Finding(
                        .noProvider, object: ingress.ref, at: ingress.ingressClassName?.location ?? ingress.location,
                        message: "\(ingress.ref) has ingress class \"\(className)\", which no selected provider (\(names)) serves; it was not translated",
                        hint: "select the provider for this class with --providers, or name the class with its provider flag (e.g. --ingress-nginx-ingress-class)"))
                continue
            }
            shares[index].ingresses.append(ingress)
            shares[index].classNames.append(className)
        }
        // Providers without Ingresses still run: their controller settings (for example
        // ingress-nginx's tcp-services) can generate objects of their own.
        return shares
    }

    static func className(of ingress: Ingress, defaultClass: String?) -> String? {
        if let name = ingress.ingressClassName?.value, !name.isEmpty { return name }
        if let annotation = ingress.meta.annotation(classAnnotation), !annotation.value.isEmpty {
            return annotation.value
        }
        return defaultClass
    }
}
