import MigrationCore

/// Reports the `auth-tls-*` annotations of one Ingress, each at its location, and decides the
/// outcome of each for the report's statistics.
///
/// On an Ingress that decided a host's client-certificate settings: `auth-tls-secret` is
/// approximated (nginx answered a bad certificate with 400 and set `ssl-client-verify`,
/// `ssl-client-subject-dn` and `ssl-client-issuer-dn` on every request it passed; the Gateway
/// fails the TLS handshake and sets none of them); `auth-tls-verify-client` is translated for
/// `on` and `off`, approximated for the optional modes; `auth-tls-verify-depth` is approximated
/// (Gateway API leaves the depth to the implementation); `auth-tls-error-page` and a true
/// `auth-tls-pass-certificate-to-upstream` are lost; `auth-tls-match-cn` is a dropped security
/// control. With `auth-tls-verify-client: off` the depth, error page and certificate header
/// had no effect. On any other Ingress the keys had no effect.
struct ClientCertificateReport {
    let read: ClientCertificateSettings
    /// The outcome of each annotation, by location.
    private(set) var outcomes: [SourceLocation: AnnotationOutcome.Status] = [:]

    init(_ read: ClientCertificateSettings) { self.read = read }

    /// The Ingress decided the settings of `hosts`.
    mutating func reportEffective(hosts: [String], findings: inout FindingList) {
        let hostText = hosts.sorted().joined(separator: ", ")
        var inert: [Annotation] = []
        for annotation in read.annotations {
            let key = String(annotation.key.dropFirst(IngressNGINXProvider.annotationPrefix.count))
            if read.validationMode == nil && Self.verificationOnlyKeys.contains(key) {
                inert.append(annotation)
                outcomes[annotation.location] = .ignored
            } else {
                outcomes[annotation.location] = outcome(key, annotation, hosts: hostText, findings: &findings)
            }
        }
        if let first = inert.first {
            add(.nginxAnnotationIgnored, first,
                "auth-tls-verify-client is off, so nginx asked no client certificate and \(inert.map { $0.key.split(separator: "/").last! }.joined(separator: ", ")) had no effect", &findings)
        }
    }

    /// Keys that only matter when a certificate is asked for.
    static let verificationOnlyKeys: Set<String> = ["auth-tls-verify-depth", "auth-tls-error-page", "auth-tls-pass-certificate-to-upstream"]

    /// The controller refused `auth-tls-secret` and answered 403 for `hosts`.
    mutating func reportRefused(hosts: [String], findings: inout FindingList) {
        guard let secret = read.secretAnnotation, let reason = read.refusal else { return }
        for annotation in read.annotations { outcomes[annotation.location] = annotation.location == secret.location ? .unsupported : .ignored }
        let hostText = hosts.isEmpty ? "no host" : hosts.sorted().joined(separator: ", ")
        add(.nginxDroppedSecurityControl, secret,
            "auth-tls-secret \(secret.value) \(reason): the controller answered 403 to every request for \(hostText), whatever the path; the generated routes serve them",
            &findings, hint: "fix auth-tls-secret (or remove these hosts' routes) before applying: the hosts were closed")
    }

    /// The Ingress decided no host: the keys had no effect (`olderIngress` decided its hosts).
    mutating func reportIneffective(olderIngress: ObjectRef?, findings: inout FindingList) {
        let reason: String
        if read.secretAnnotation == nil {
            reason = "they take effect only with auth-tls-secret"
        } else if read.caSecret == nil {
            reason = "auth-tls-secret is unreadable"
        } else if let olderIngress {
            reason = "the client-certificate settings of its hosts come from the older Ingress \(olderIngress.namespace)/\(olderIngress.name)"
        } else {
            reason = "the Ingress serves no host"
        }
        for annotation in read.annotations { outcomes[annotation.location] = .ignored }
        if let first = read.annotations.first {
            add(.nginxAnnotationIgnored, first, "the controller ignores the auth-tls-* annotations of this Ingress: \(reason)", &findings)
        }
    }

    private func outcome(_ key: String, _ annotation: Annotation, hosts: String, findings: inout FindingList) -> AnnotationOutcome.Status {
        switch key {
        case "auth-tls-secret":
            guard read.validationMode != nil else { return .translated }
            if read.crossNamespaceUnknown {
                add(.nginxClientCertificate, annotation,
                    "auth-tls-secret names a Secret in another namespace: recent controllers refuse that unless the controller ConfigMap sets allow-cross-namespace-resources (and then answer 403 for the host), older ones used it; the Gateway validates client certificates against it as the annotation asks",
                    &findings, hint: "pass the controller ConfigMap (--ingress-nginx-configmap) so its allow-cross-namespace-resources setting is read")
            }
            add(.nginxClientCertificate, annotation,
                "client certificates for \(hosts) are checked against the CA in Secret \(read.caSecret!.namespace)/\(read.caSecret!.name); where the Gateway carries this, a missing or invalid certificate fails the TLS handshake instead of getting nginx's 400 page, and the backend no longer receives the ssl-client-verify, ssl-client-subject-dn and ssl-client-issuer-dn headers nginx set (a client can now send them itself)",
                &findings, hint: "a backend that reads these headers must stop trusting them, or remove them with a RequestHeaderModifier")
            return .approximated
        case "auth-tls-verify-client":
            guard let mode = read.verifyClient else {
                read.setting.invalid(annotation, "is not on, off, optional or optional_no_ca, so the controller used on", findings: &findings)
                return .ignored
            }
            guard mode == .optional || mode == .optionalNoCA else { return .translated }
            let nginx = mode == .optional
                ? "nginx asked for a certificate, refused invalid ones with 400 and passed requests without one"
                : "nginx asked for a certificate and passed every request, valid certificate or not"
            add(.nginxClientCertificate, annotation,
                "auth-tls-verify-client \(mode.rawValue) becomes mode AllowInsecureFallback: \(nginx), telling the backend the result in ssl-client-verify; the Gateway passes requests with invalid or no certificates and tells the backend nothing",
                &findings, hint: "a backend that authorised clients by ssl-client-verify must not trust that header behind the Gateway")
            return .approximated
        case "auth-tls-verify-depth":
            guard let depth = Int(annotation.value.trimmingCharacters(in: .whitespaces)), depth >= 0 else {
                read.setting.invalid(annotation, "is not a whole number, so the controller used depth 1", findings: &findings)
                return .ignored
            }
            add(.nginxClientCertificate, annotation,
                "auth-tls-verify-depth \(max(depth, 1)): nginx accepted client certificate chains up to that depth; Gateway API leaves the maximum depth to the implementation, which may accept longer chains",
                &findings)
            return .approximated
        case "auth-tls-error-page":
            add(.nginxClientCertificate, annotation,
                "auth-tls-error-page is not translated: nginx redirected clients with a missing or invalid certificate to \(annotation.value); the Gateway refuses them during the TLS handshake, before any HTTP response",
                &findings)
            return .unsupported
        case "auth-tls-pass-certificate-to-upstream":
            guard let pass = BoolAnnotation.parse(annotation.value) else {
                read.setting.invalid(annotation, "is not a boolean, so the controller used false", findings: &findings)
                return .ignored
            }
            guard pass else { return .translated }
            add(.nginxClientCertificate, annotation,
                "auth-tls-pass-certificate-to-upstream is not translated: nginx sent the client certificate (URL-encoded PEM) to the backend in the ssl-client-cert header; standard Gateway API sends no certificate, and a client can send that header itself",
                &findings, hint: "implementations can forward the certificate in x-forwarded-client-cert (a different format) through their own policies")
            return .unsupported
        default:
            add(.nginxDroppedSecurityControl, annotation,
                "auth-tls-match-cn \(annotation.value) is not translated: nginx answered 403 unless the client certificate's subject matched it; the Gateway accepts every certificate the CA issued, so clients it used to refuse get through",
                &findings, hint: "use a CA that issues certificates only to the allowed clients, or an implementation policy that matches the certificate's subject")
            return .unsupported
        }
    }

    private func add(_ code: FindingCode, _ annotation: Annotation, _ message: String, _ findings: inout FindingList, hint: String? = nil) {
        findings.add(Finding(code, provider: "ingress-nginx", object: read.setting.ingress.ref, at: annotation.location, message: message, hint: hint))
    }
}
