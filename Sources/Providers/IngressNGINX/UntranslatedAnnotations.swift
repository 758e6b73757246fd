import MigrationCore

/// Reports every `nginx.ingress.kubernetes.io/*` annotation this version does not translate,
/// at the annotation's location: no key passes silently.
enum UntranslatedAnnotations {
    /// Keys whose behaviour the provider reproduces.
    static let translated: Set<String> = ["ssl-redirect", "force-ssl-redirect"]

    static func report(_ ingresses: [Ingress], provider: IngressNGINXProvider, findings: inout FindingList) {
        let prefix = IngressNGINXProvider.annotationPrefix
        for ingress in ingresses {
            let isCanary = provider.isAlternativeBackend(ingress)
            for annotation in ingress.meta.annotations where annotation.key.hasPrefix(prefix) {
                let key = String(annotation.key.dropFirst(prefix.count))
                if isCanary && key == "canary" {
                    findings.add(
                        Finding(
                            .alternativeBackendSkipped, provider: provider.name, object: ingress.ref, at: annotation.location,
                            message: "canary \(ingress.ref) was not translated: its share of traffic goes to the primary Ingress's backend"))
                    continue
                }
                if translated.contains(key) && !isCanary { continue }
                findings.add(
                    Finding(
                        .nginxUntranslatedAnnotation, provider: provider.name, object: ingress.ref, at: annotation.location,
                        message: "\(annotation.key) is not translated; requests will not get the behaviour it gave them"))
            }
        }
    }
}
