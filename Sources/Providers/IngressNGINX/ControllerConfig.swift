import MigrationCore

/// The controller-wide settings of ingress-nginx's ConfigMap that change what requests get.
///
/// The ConfigMap is the one named with `--ingress-nginx-configmap NAMESPACE/NAME`, or else a
/// ConfigMap in the input called `ingress-nginx-controller` (the Helm chart's name) or
/// `nginx-configuration` (older manifests). Without one, the controller's defaults apply.
struct ControllerConfig {
    var sslRedirect = true
    var forceSSLRedirect = false
    var redirectCode = 308
    var noTLSRedirectLocations = ["/.well-known/acme-challenge"]
    var hsts = true
    var hstsMaxAge = "31536000"
    var hstsIncludeSubdomains = true
    var hstsPreload = false
    var allowSnippetAnnotations = false
    /// `allow-cross-namespace-resources`; nil when the ConfigMap does not set it (the default
    /// changed between controller versions).
    var allowCrossNamespaceResources: Bool?
    /// `global-allowed-response-headers`: the only header names `custom-headers` may set.
    var allowedResponseHeaders: Set<String> = []
    /// Whether a controller ConfigMap was found in the input (otherwise these are defaults).
    var isFromInput = false

    static let wellKnownNames = ["ingress-nginx-controller", "nginx-configuration"]

    /// The `Strict-Transport-Security` value the controller sends on HTTPS responses, or nil.
    var hstsValue: String? {
        guard hsts else { return nil }
        return "max-age=\(hstsMaxAge)" + (hstsIncludeSubdomains ? "; includeSubDomains" : "") + (hstsPreload ? "; preload" : "")
    }

    static func load(_ configMaps: [ConfigMap], explicit: String?, findings: inout FindingList) -> ControllerConfig {
        var config = ControllerConfig()
        let chosen: ConfigMap?
        if let explicit {
            let parts = explicit.split(separator: "/", maxSplits: 1).map(String.init)
            chosen = configMaps.first { parts.count == 2 ? ($0.namespace == parts[0] && $0.name == parts[1]) : $0.name == parts[0] }
            if chosen == nil {
                findings.add(
                    Finding(
                        .nginxConfigMapMissing, provider: "ingress-nginx",
                        message: "the controller ConfigMap \(explicit) is not in the input; the controller's defaults were assumed",
                        hint: "add it: kubectl get configmap -n <namespace> <name> -o yaml"))
            }
        } else {
            chosen = configMaps.filter { wellKnownNames.contains($0.name) }.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }.first
        }
        guard let configMap = chosen else { return config }
        config.apply(configMap, findings: &findings)
        return config
    }

    private mutating func apply(_ configMap: ConfigMap, findings: inout FindingList) {
        let reader = ConfigMapReader(configMap: configMap)
        isFromInput = true
        if let headers = configMap.data["global-allowed-response-headers"] {
            allowedResponseHeaders = Set(headers.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        sslRedirect = reader.bool("ssl-redirect", sslRedirect, &findings)
        forceSSLRedirect = reader.bool("force-ssl-redirect", forceSSLRedirect, &findings)
        hsts = reader.bool("hsts", hsts, &findings)
        hstsIncludeSubdomains = reader.bool("hsts-include-subdomains", hstsIncludeSubdomains, &findings)
        hstsPreload = reader.bool("hsts-preload", hstsPreload, &findings)
        allowSnippetAnnotations = reader.bool("allow-snippet-annotations", allowSnippetAnnotations, &findings)
        if configMap.data["allow-cross-namespace-resources"] != nil {
            allowCrossNamespaceResources = reader.bool("allow-cross-namespace-resources", false, &findings)
        }
        if let age = configMap.data["hsts-max-age"] {
            if age.value.allSatisfy(\.isNumber), !age.value.isEmpty { hstsMaxAge = age.value } else { reader.invalid("hsts-max-age", age, &findings) }
        }
        if let code = configMap.data["http-redirect-code"] {
            if let number = Int(code.value), [301, 302, 307, 308].contains(number) { redirectCode = number } else { reader.invalid("http-redirect-code", code, &findings) }
        }
        if let locations = configMap.data["no-tls-redirect-locations"] {
            noTLSRedirectLocations = locations.value.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        ConfigMapReport.report(configMap, findings: &findings)
    }
}

/// Typed reads of ConfigMap values, reporting values the controller rejects.
struct ConfigMapReader {
    var configMap: ConfigMap

    func bool(_ key: String, _ fallback: Bool, _ findings: inout FindingList) -> Bool {
        guard let value = configMap.data[key] else { return fallback }
        switch value.value {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default:
            invalid(key, value, &findings)
            return fallback
        }
    }

    func invalid(_ key: String, _ value: Located<String>, _ findings: inout FindingList) {
        findings.add(
            Finding(
                .nginxInvalidAnnotationValue, provider: "ingress-nginx",
                object: ObjectRef(kind: "ConfigMap", namespace: configMap.namespace, name: configMap.name), at: value.location,
                message: "ConfigMap key \(key) has a value the controller does not accept; its default applies"))
    }
}
