import Foundation
import MigrationCore

/// The ingress-nginx annotations of one Ingress, read once, with the annotation each value came
/// from (for findings). Values the controller would reject are reported and left at their
/// defaults.
struct IngressSettings {
    var ingress: Ingress
    var isCanary: Bool

    init(_ ingress: Ingress, isCanary: Bool) {
        self.ingress = ingress
        self.isCanary = isCanary
    }

    /// The annotation `nginx.ingress.kubernetes.io/<key>`, when present.
    func annotation(_ key: String) -> Annotation? {
        ingress.meta.annotation(IngressNGINXProvider.annotationPrefix + key)
    }

    /// A non-empty string value.
    func string(_ key: String) -> Annotation? {
        guard let annotation = annotation(key), !annotation.value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return annotation
    }

    /// A boolean value, read as Go's `strconv.ParseBool`.
    func bool(_ key: String, default defaultValue: Bool, findings: inout FindingList) -> Bool {
        BoolAnnotation.value(key, of: ingress, default: defaultValue, findings: &findings)
    }

    /// An integer value, or nil (reported) when it is not one.
    func integer(_ key: String, findings: inout FindingList) -> (value: Int, annotation: Annotation)? {
        guard let annotation = string(key) else { return nil }
        guard let value = Int(annotation.value.trimmingCharacters(in: .whitespaces)) else {
            invalid(annotation, "is not a whole number", findings: &findings)
            return nil
        }
        return (value, annotation)
    }

    /// A comma-separated list, trimmed, empty items dropped.
    func list(_ key: String) -> (values: [String], annotation: Annotation)? {
        guard let annotation = string(key) else { return nil }
        let values = annotation.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (values, annotation)
    }

    /// Reports a value the controller does not accept.
    func invalid(_ annotation: Annotation, _ problem: String, findings: inout FindingList) {
        findings.add(
            Finding(
                .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: ingress.ref, at: annotation.valueLocation,
                message: "\(annotation.key) \(problem); the controller ignores such a value"))
    }
}

