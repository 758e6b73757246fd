import MigrationCore

/// `upstream-vhost` (the Host sent to the backend) and `custom-headers` (response headers from
/// a ConfigMap, `namespace/name`), applied to the paths of the Ingress that carries them.
enum HeaderAnnotations {
    static func apply(to ir: inout TranslationIR, settings: [IngressSettings], configMaps: [ConfigMap], config: ControllerConfig, owners: RuleOwners, findings: inout FindingList) {
        var headerSets: [Int: [(String, String)]] = [:]
        for (index, setting) in settings.enumerated() where !setting.isCanary {
            if let annotation = setting.string("custom-headers") {
                let headers = customHeaders(annotation, setting: setting, configMaps: configMaps, config: config, findings: &findings)
                headerSets[index] = withinModifierLimit(headers, annotation, setting: setting, findings: &findings)
            }
            if let host = setting.string("upstream-vhost"), !HostValidation.isValidHostname(host.value.lowercased()) {
                setting.invalid(host, "is not a host name a URLRewrite can set", findings: &findings)
            }
        }
        let asking = settings.indices.map { headerSets[$0] != nil || settings[$0].string("upstream-vhost") != nil }
        ir.updateRules(ofIngressesWhere: { asking[$0] }, owners: owners) { _, rule in
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

    /// The ConfigMap's entries as response headers, sorted by name.
    ///
    /// The controller takes the ConfigMap only under exactly the `namespace/name` written, with
    /// header names of letters, digits, `-` and `_`, values of the characters it allows (a `$`
    /// is sent literally, never expanded as a variable), and every name listed in its ConfigMap's
    /// `global-allowed-response-headers` (empty by default). Otherwise it denies the Ingress's
    /// paths: they answer 503. A Gateway route cannot answer 503, so the paths are served (with
    /// the headers that can be read) and the denial is reported.
    private static func customHeaders(
        _ annotation: Annotation, setting: IngressSettings, configMaps: [ConfigMap], config: ControllerConfig, findings: inout FindingList
    ) -> [(String, String)] {
        func denied(_ reason: String, hint: String? = nil) {
            findings.add(
                Finding(
                    .nginxCustomHeadersDenied, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "ingress-nginx answered 503 on every path of \(setting.ingress.ref) because \(reason); the Gateway serves them", hint: hint))
        }
        let parts = annotation.value.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            denied("custom-headers \"\(annotation.value)\" is not namespace/name (the controller looks it up as written and finds nothing)")
            return []
        }
        guard let configMap = configMaps.first(where: { $0.namespace == parts[0] && $0.name == parts[1] }) else {
            findings.add(
                Finding(
                    .nginxConfigMapMissing, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                    message: "custom-headers names ConfigMap \(annotation.value), which is not in the input; its response headers were not added (if it does not exist, ingress-nginx answered 503 on these paths)",
                    hint: "add the ConfigMap to the input (kubectl get configmap -n \(parts[0]) \(parts[1]) -o yaml)"))
            return []
        }
        var headers: [(String, String)] = []
        var rejected: [String] = []
        for key in configMap.data.keys.sorted() {
            let value = configMap.data[key]!.value
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
                !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || valueCharacters.contains($0)) })
            else {
                denied("ConfigMap \(annotation.value) has header \(key), whose name or value the controller rejects")
                return []
            }
            if !config.allowedResponseHeaders.contains(key) { rejected.append(key) }
            if value.contains("$") {
                findings.add(
                    Finding(
                        .nginxVariableHeader, provider: "ingress-nginx", object: setting.ingress.ref, at: configMap.data[key]!.location,
                        message: "header \(key) from ConfigMap \(annotation.value) holds \"$\": ingress-nginx sent it literally (custom headers expand no variables), and so does the Gateway"))
            }
            headers.append((key, value))
        }
        if !rejected.isEmpty {
            let source = config.isFromInput ? "the controller ConfigMap's global-allowed-response-headers does not list" : "no controller ConfigMap is in the input, so global-allowed-response-headers is empty, and it does not list"
            denied("\(source) \(rejected.joined(separator: ", "))",
                   hint: config.isFromInput ? nil : "if these paths did answer, the controller ConfigMap allows the headers: add it to the input or name it with --ingress-nginx-configmap")
        }
        return headers
    }

    /// The first 16 headers (a header modifier's `set` holds no more), with an error naming the
    /// others, which ingress-nginx sent and the Gateway will not.
    private static func withinModifierLimit(
        _ headers: [(String, String)], _ annotation: Annotation, setting: IngressSettings, findings: inout FindingList
    ) -> [(String, String)] {
        let limit = HeaderModifier.maxEntries
        guard headers.count > limit else { return headers }
        findings.add(
            Finding(
                .fieldLimit, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.valueLocation,
                message: "custom-headers \(annotation.value) sets \(headers.count) response headers; a header modifier holds \(limit), so these were dropped: \(headers[limit...].map(\.0).joined(separator: ", "))",
                hint: "move the headers past the limit to the implementation's own policy, or set fewer"))
        return Array(headers.prefix(limit))
    }

    /// The characters besides letters and digits the controller allows in a custom header value.
    private static let valueCharacters = Set("_ :;.,\\/\"'?!(){}[]@<>=-+*#$&`|~^%")
}
