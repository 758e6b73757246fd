import MigrationCore

/// Accounts for every `nginx.ingress.kubernetes.io/*` annotation: records its outcome for the
/// report, and reports every key this version does not translate at the annotation's location,
/// so no key passes silently.
enum UntranslatedAnnotations {
    /// Keys whose behaviour the provider reproduces. Both are booleans: a value the controller
    /// cannot read is replaced by its default (and reported by ``BoolAnnotation``), so such an
    /// annotation is recorded as ignored.
    static let translated: Set<String> = ["ssl-redirect", "force-ssl-redirect"]

    static func report(_ ir: inout TranslationIR, provider: IngressNGINXProvider, findings: inout FindingList) {
        let prefix = IngressNGINXProvider.annotationPrefix
        for ingress in ir.ingresses {
            let isCanary = provider.isAlternativeBackend(ingress)
            for annotation in ingress.meta.annotations where annotation.key.hasPrefix(prefix) {
                let key = String(annotation.key.dropFirst(prefix.count))
                if isCanary && key == "canary" {
                    ir.recordAnnotation(annotation, of: ingress, provider: provider.name, status: .unsupported)
                    findings.add(
                        Finding(
                            .alternativeBackendSkipped, provider: provider.name, object: ingress.ref, at: annotation.location,
                            message: "canary \(ingress.ref) was not translated: its share of traffic goes to the primary Ingress's backend"))
                    continue
                }
                if translated.contains(key) && !isCanary {
                    let readable = BoolAnnotation.parse(annotation.value) != nil
                    ir.recordAnnotation(annotation, of: ingress, provider: provider.name, status: readable ? .translated : .ignored)
                    continue
                }
                ir.recordAnnotation(annotation, of: ingress, provider: provider.name, status: .unsupported)
                findings.add(
                    Finding(
                        .nginxUntranslatedAnnotation, provider: provider.name, object: ingress.ref, at: annotation.location,
                        message: "\(annotation.key) is not translated; requests will not get the behaviour it gave them"))
            }
        }
    }
}
