import MigrationCore

/// `upstream-vhost` (the Host sent to the backend) and `custom-headers` (response headers from
/// a ConfigMap, `namespace/name`), applied to the paths of the Ingress that carries them.
enum HeaderAnnotations {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], configMaps: [ConfigMap], findings: inout FindingList) {
        var headerSets: [Int: [(String, String)]] = [:]
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            if let annotation = setting.string("custom-headers") {
                headerSets[index] = customHeaders(annotation, setting: setting, configMaps: configMaps, findings: &findings)
            }
            if let host = setting.string("upstream-vhost"), !HostValidation.isValidHostname(host.value.lowercased()) {
                setting.invalid(host, "is not a host name a URLRewrite can set", findings: &findings)
            }
        }
        ir.updateRules { _, rule in
            let setting = settings[rule.source.ingressIndex]
            guard !setting.isCanary, !rule.isRedirect else { return }
            if let host = setting.string("upstream-vhost"), HostValidation.isValidHostname(host.value.lowercased()) {
                rule.rewriteHostname(host.value.lowercased())
            }
            for (name, value) in headerSets[rule.source.ingressIndex] ?? [] {
                rule.setResponseHeader(name, value)
            }
        }
    }

    /// The ConfigMap's entries as headers, sorted by name; reported when the ConfigMap is not in
    /// the input or a value uses nginx variables.
    private static func customHeaders(
        _ annotation: Annotation, setting: IngressSettings, configMaps: [ConfigMap], findings: inout FindingList
    ) -> [(String, String)] {
        let parts = annotation.value.split(separator: "/", maxSplits: 1).map(String.init)
        let (namespace, name) = parts.count == 2 ? (parts[0], parts[1]) : (setting.ingress.meta.namespace, parts[0])
        guard let configMap = configMaps.first(where: { $0.namespace == namespace && $0.name == name }) else {
            findings.add(
                Finding(
                    .nginxConfigMapMissing, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "custom-headers names ConfigMap \(namespace)/\(name), which is not in the input; its response headers were not added",
                    hint: "add the ConfigMap to the input (kubectl get configmap -n \(namespace) \(name) -o yaml)"))
            return []
        }
        var headers: [(String, String)] = []
        for key in configMap.data.keys.sorted() {
            let value = configMap.data[key]!
            if value.value.contains("$") {
                findings.add(
                    Finding(
                        .nginxVariableHeader, provider: "ingress-nginx", object: setting.ingress.ref, at: value.location,
                        message: "header \(key) from ConfigMap \(namespace)/\(name) uses an nginx variable, which Gateway API header values cannot; it was not added"))
                continue
            }
            headers.append((key, value.value))
        }
        return headers
    }
}
