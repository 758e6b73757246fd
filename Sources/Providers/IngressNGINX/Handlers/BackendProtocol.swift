import MigrationCore

/// `backend-protocol` and the `proxy-ssl-*` keys.
///
/// `GRPC` and `GRPCS` backends are served through a GRPCRoute (paths become service and method
/// matches). `HTTPS` and `GRPCS` backends get a BackendTLSPolicy: the Gateway then always
/// verifies the backend certificate, against the CA in `proxy-ssl-secret` (expected as a
/// ConfigMap of the same name with `ca.crt`) or the system CAs, for the name in
/// `proxy-ssl-name` or the Service's cluster name. ingress-nginx verified only with
/// `proxy-ssl-verify: "on"`, so that change is reported. FCGI and AUTO_HTTP have no equivalent.
enum BackendProtocol {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        var policies: [String: BackendTLSPolicy] = [:]
        // Sorted, because the first rule to name a Service decides its policy.
        let asking = settings.map { $0.string("backend-protocol") != nil }
        for key in ir.groupKeys(withRuleWhere: { asking[$0.source.ingressIndex] }) {
            for index in ir.groups[key]!.rules.indices {
                let rule = ir.groups[key]!.rules[index]
                let setting = settings[rule.source.ingressIndex]
                guard !setting.isCanary, let annotation = setting.string("backend-protocol") else { continue }
                switch annotation.value.uppercased() {
                case "HTTP": continue
                case "GRPC", "GRPCS":
                    ir.groups[key]!.rules[index].isGRPC = true
                    if GRPCMatching.methods(for: rule.match) == nil {
                        Canary.report(.nginxGRPCPathInexpressible, setting, rule.source.location,
                                      "path \"\(rule.match.path)\" of a gRPC backend is not /, /package.Service or /package.Service/Method, so a GRPCRoute cannot match it; it was not translated", &findings)
                    }
                    if annotation.value.uppercased() == "GRPCS" { addPolicies(rule, setting, key.namespace, &policies, &findings) }
                case "HTTPS":
                    addPolicies(rule, setting, key.namespace, &policies, &findings)
                default:
                    Canary.report(.nginxBackendProtocolUnsupported, setting, annotation.valueLocation,
                                  "backend-protocol \(annotation.value) (FastCGI or the client's scheme) has no Gateway API equivalent; the backend is reached over HTTP", &findings)
                }
            }
        }
        ir.backendTLSPolicies += policies.keys.sorted().map { policies[$0]! }
        reportMixedHosts(ir, settings: settings, findings: &findings)
    }

    private static func addPolicies(
        _ rule: RouteRuleIR, _ setting: IngressSettings, _ namespace: String, _ policies: inout [String: BackendTLSPolicy], _ findings: inout FindingList
    ) {
        let verify = setting.string("proxy-ssl-verify")?.value == "on"
        let secret = setting.string("proxy-ssl-secret")
        var caName = secret.map { String($0.value.split(separator: "/").last ?? Substring($0.value)) }
        if let name = caName, let annotation = secret, !KubernetesName.isSubdomain(name) {
            // No Secret can have the name, so the controller had no CA to load from it.
            setting.invalid(annotation, "names no Secret a cluster can hold (\(KubernetesName.quoted(name)) is not a valid name)", findings: &findings)
            caName = nil
        }
        var sslName = setting.string("proxy-ssl-name")
        if let annotation = sslName, !HostValidation.isValidHostname(annotation.value) {
            setting.invalid(annotation, "is not a host name a BackendTLSPolicy can check (lowercase DNS names only); the policy checks the Service's own name", findings: &findings)
            sslName = nil
        }
        for backend in rule.backends {
            let hostname = sslName?.value ?? "\(backend.name).\(namespace).svc"
            let name = ObjectNaming.fit("\(backend.name)-backend-tls")
            guard policies[namespace + "/" + name] == nil else { continue }
            var meta = OutputMeta(name: name, namespace: namespace)
            meta.sources = [SourceRef(object: setting.ingress.ref, location: setting.ingress.location)]
            policies[namespace + "/" + name] = BackendTLSPolicy(meta: meta, serviceName: backend.name, hostname: hostname, caConfigMaps: caName.map { [$0] } ?? [])
            let location = setting.annotation("backend-protocol")!.location
            if !verify {
                Canary.report(.nginxBackendVerification, setting, location,
                              "ingress-nginx did not verify the certificate of Service \(backend.name) (proxy-ssl-verify is not on); the Gateway will, for \(hostname) against \(caName.map { "ConfigMap \($0)" } ?? "the system CAs")", &findings)
            } else if let caName {
                Canary.report(.nginxBackendVerification, setting, location,
                              "the CA for Service \(backend.name) must be in a ConfigMap \(namespace)/\(caName) with key ca.crt (BackendTLSPolicy cannot read the Secret)", &findings)
            }
        }
    }

    private static func reportMixedHosts(_ ir: TranslationIR, settings: [IngressSettings], findings: inout FindingList) {
        for server in ir.serverKeys(withRuleWhere: \.isGRPC) {
            let rules = ir.rules(of: server)
            guard let grpc = rules.first(where: \.isGRPC), rules.contains(where: { !$0.isGRPC }) else { continue }
            Canary.report(.nginxMixedGRPCHost, settings[grpc.source.ingressIndex], grpc.source.location,
                          "\(server.host) has both gRPC and HTTP backends: a GRPCRoute and an HTTPRoute share the hostname, which not every implementation accepts", &findings)
        }
    }
}
