import Foundation
import MigrationCore

/// The ingress-nginx annotations of one Ingress, read once, with the annotation each value came
/// from (for findings). Values the controller would reject are reported and left at their
/// defaults.
///
/// A class, so that the handlers' many look-ups (`settings[rule.source.ingressIndex]`) share
/// one instance instead of copying the Ingress; the annotations are indexed by key once.
final class IngressSettings {
    let ingress: Ingress
    let isCanary: Bool
    /// The index in ``TranslationIR/ingresses`` of the first Ingress with this Ingress's
    /// namespace and name (itself, unless the input repeats the object): rules that a handler
    /// adds for the Ingress are attributed to it.
    let firstIndexOfName: Int
    /// The annotations with the ingress-nginx prefix, by the key after the prefix.
    private let annotations: [Substring: Annotation]

    init(_ ingress: Ingress, firstIndexOfName: Int, isCanary: Bool) {
        self.ingress = ingress
        self.firstIndexOfName = firstIndexOfName
        self.isCanary = isCanary
        var annotations: [Substring: Annotation] = [:]
        for annotation in ingress.meta.annotations where annotation.key.hasPrefix(IngressNGINXProvider.annotationPrefix) {
            let key = annotation.key.dropFirst(IngressNGINXProvider.annotationPrefix.count)
            if annotations[key] == nil { annotations[key] = annotation }
        }
        self.annotations = annotations
    }

    /// The settings of every Ingress of the IR, in its order.
    static func all(_ ingresses: [Ingress], isCanary: (Ingress) -> Bool) -> [IngressSettings] {
        var firstIndex: [ObjectRef: Int] = [:]
        firstIndex.reserveCapacity(ingresses.count)
        return ingresses.enumerated().map { index, ingress in
            let first = firstIndex[ingress.ref] ?? index
            firstIndex[ingress.ref] = first
            return IngressSettings(ingress, firstIndexOfName: first, isCanary: isCanary(ingress))
        }
    }

    /// The annotation `nginx.ingress.kubernetes.io/<key>`, when present.
    func annotation(_ key: String) -> Annotation? {
        annotations[Substring(key)]
    }

    /// A non-empty string value.
    func string(_ key: String) -> Annotation? {
        guard let annotation = annotation(key), !Self.isBlank(annotation.value) else { return nil }
        return annotation
    }

    /// Whether the text is empty or only whitespace (`CharacterSet.whitespaces`: spaces of
    /// Unicode category Zs and tabs), checked without bridging the string.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII ? scalar == " " || scalar == "\t" : CharacterSet.whitespaces.contains(scalar)
        }
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

