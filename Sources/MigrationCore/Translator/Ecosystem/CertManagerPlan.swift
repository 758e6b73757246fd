/// Moves cert-manager's Ingress annotations to the Gateway, the way cert-manager's Gateway
/// support reads them.
///
/// cert-manager creates a Certificate for every listener of an annotated Gateway that has a
/// `hostname`, terminates TLS, and names a Secret in the Gateway's own namespace (it skips
/// cross-namespace `certificateRefs`); the Certificate is named after the Secret and lists the
/// listener hostnames. So for each host whose certificate came from an Ingress with
/// `cert-manager.io/issuer` or `cert-manager.io/cluster-issuer`:
/// - the listener's Secret moves to the Gateway's namespace, keeping its name (or
///   `<namespace>-<name>` when two namespaces used the same name), so no ReferenceGrant is needed
///   and cert-manager issues it there;
/// - the annotations cert-manager reads on Gateways go on the Gateway (oldest Ingress first on
///   conflicts); the Ingress-only ones are reported.
struct CertManagerPlan {
    /// Annotation keys cert-manager reads on a Gateway.
    static let gatewayKeys: Set<String> = [
        "issuer", "cluster-issuer", "issuer-kind", "issuer-group", "common-name", "email-sans", "subject-organizations",
        "subject-organizationalunits", "subject-countries", "subject-provinces", "subject-localities",
        "subject-postalcodes", "subject-streetaddresses", "subject-serialnumber", "duration", "renew-before", "usages",
        "revision-history-limit", "private-key-algorithm", "private-key-encoding", "private-key-size",
        "private-key-rotation-policy",
    ].reduce(into: Set<String>()) { $0.insert(prefix + $1) }
    static let prefix = "cert-manager.io/"

    /// The managed certificates moved to the Gateway's namespace, by the position of their
    /// server in the servers given (the caller applies them, so no second copy of every server
    /// is made).
    private(set) var movedCertificates: [Int: CertificateIR] = [:]
    /// The Gateway's cert-manager annotations.
    private(set) var annotations: [String: String] = [:]
    /// The Ingresses whose annotations were used.
    private(set) var sources = Set<ObjectRef>()
    /// What was moved, what conflicted.
    private(set) var findings: [Finding] = []

    /// Whether an Ingress asks cert-manager for its certificates.
    static func requestsCertificate(_ ingress: Ingress) -> Bool {
        ingress.meta.annotation(prefix + "issuer") != nil || ingress.meta.annotation(prefix + "cluster-issuer") != nil
    }

    init(servers: [ServerIR], ingresses: [ObjectRef: Ingress], gatewayNamespace: String) {
        let managed = servers.indices.filter { index in
            guard let source = servers[index].certificate?.source.object, let ingress = ingresses[source] else { return false }
            return Self.requestsCertificate(ingress)
        }
        let collisions = Self.collidingNames(managed.map { servers[$0].certificate!.secret }, gatewayNamespace: gatewayNamespace)
        var chosen: [String: (value: String, from: ObjectRef)] = [:]
        let ordered = managed.sorted { servers[$0].creatorIndex < servers[$1].creatorIndex }
        for index in ordered {
            var certificate = servers[index].certificate!
            let ingress = ingresses[certificate.source.object]!
            if certificate.secret.namespace != gatewayNamespace {
                let secret = certificate.secret
                let name = collisions.contains(secret.name) ? ObjectNaming.fit("\(secret.namespace)-\(secret.name)") : secret.name
                certificate.secret = SecretRef(name: name, namespace: gatewayNamespace)
                findings.append(
                    Finding(
                        .annotationMoved, object: ingress.ref, at: certificate.location,
                        message: "\(servers[index].key.host): cert-manager will issue the certificate into Secret \(gatewayNamespace)/\(name) (it only fills Secrets in the Gateway's namespace); the old Secret \(secret.namespace)/\(secret.name) is no longer used"))
                movedCertificates[index] = certificate
            }
            if sources.insert(ingress.ref).inserted { take(ingress, into: &chosen, gatewayNamespace: gatewayNamespace) }
        }
        annotations = chosen.mapValues(\.value)
    }

    /// Names used by Secrets of different namespaces.
    private static func collidingNames(_ secrets: [SecretRef], gatewayNamespace: String) -> Set<String> {
        var namespaces: [String: Set<String>] = [:]
        for secret in secrets { namespaces[secret.name, default: []].insert(secret.namespace) }
        return Set(namespaces.filter { $0.value.count > 1 }.keys)
    }

    /// The keys that together name the issuer: a Gateway may carry only one issuer, so they
    /// are taken from one Ingress or not at all.
    static let issuerKeys: Set<String> = ["issuer", "cluster-issuer", "issuer-kind", "issuer-group"].reduce(into: []) { $0.insert(prefix + $1) }

    private mutating func take(_ ingress: Ingress, into chosen: inout [String: (value: String, from: ObjectRef)], gatewayNamespace: String) {
        let issuer = ingress.meta.annotations.filter { Self.issuerKeys.contains($0.key) }
        let chosenIssuer = chosen.filter { Self.issuerKeys.contains($0.key) }
        let issuerDiffers = !chosenIssuer.isEmpty && Dictionary(uniqueKeysWithValues: issuer.map { ($0.key, $0.value) }) != chosenIssuer.mapValues(\.value)
        for annotation in ingress.meta.annotations where Self.gatewayKeys.contains(annotation.key) {
            let isIssuerKey = Self.issuerKeys.contains(annotation.key)
            if let existing = chosen[annotation.key] ?? (isIssuerKey && issuerDiffers ? chosenIssuer.values.first : nil) {
                if existing.value != annotation.value || (isIssuerKey && issuerDiffers) {
                    findings.append(
                        Finding(
                            .annotationConflict, object: ingress.ref, at: annotation.location,
                            message: "\(annotation.key) differs from the one of \(existing.from), which shares the Gateway in \(gatewayNamespace); the Gateway keeps \(existing.from)'s value",
                            hint: "give the hosts separate Gateways (--dedicated-gateway \(ingress.meta.namespace)) if they need different issuers"))
                }
                continue
            }
            chosen[annotation.key] = (annotation.value, ingress.ref)
            findings.append(
                Finding(.annotationMoved, object: ingress.ref, at: annotation.location, message: "\(annotation.key) moved to the Gateway in \(gatewayNamespace)"))
            if annotation.key == Self.prefix + "issuer", ingress.meta.namespace != gatewayNamespace {
                findings.append(
                    Finding(
                        .issuerNamespace, object: ingress.ref, at: annotation.location,
                        message: "cert-manager looks for the Issuer named by \(annotation.key) in the Gateway's namespace \(gatewayNamespace), not in \(ingress.meta.namespace)",
                        hint: "create the Issuer in \(gatewayNamespace), or use a ClusterIssuer"))
            }
        }
    }
}

extension OutputBuilder {
    /// cert-manager annotations that stayed behind: Ingress-only keys, and Ingresses whose
    /// hosts' certificates came from another Ingress.
    mutating func reportUnusedCertManagerAnnotations() {
        for ref in ingressesByRef.keys.sorted() {
            let ingress = ingressesByRef[ref]!
            for annotation in ingress.meta.annotations where Self.isCertManagerKey(annotation.key) {
                if CertManagerPlan.gatewayKeys.contains(annotation.key) {
                    if certManagerSources.contains(ref) { continue }
                    findings.add(
                        Finding(
                            .annotationNotMoved, object: ref, at: annotation.location,
                            message: "\(annotation.key) was not moved: no host's certificate comes from \(ref)'s TLS section, so no Gateway listener uses a certificate it asks for"))
                } else {
                    findings.add(
                        Finding(
                            .annotationNotMoved, object: ref, at: annotation.location,
                            message: "\(annotation.key) has no equivalent on a Gateway (cert-manager reads it only on Ingresses)",
                            hint: "for ACME HTTP-01, give the Issuer a gatewayHTTPRoute solver whose parentRefs name the new Gateway"))
                }
            }
        }
    }

    static func isCertManagerKey(_ key: String) -> Bool {
        key.hasPrefix(CertManagerPlan.prefix) || key.hasPrefix("acme.cert-manager.io/") || key == "kubernetes.io/tls-acme"
    }
}
