import MigrationCore

/// Reads a boolean annotation as the controller does (Go's `strconv.ParseBool`: `1`, `t`, `T`,
/// `TRUE`, `true`, `True` and their false forms); an unreadable value means the default and
/// is reported.
enum BoolAnnotation {
    static func value(
        _ key: String, of ingress: Ingress, default defaultValue: Bool, findings: inout FindingList
    ) -> Bool {
        guard let annotation = ingress.meta.annotation(IngressNGINXProvider.annotationPrefix + key) else {
            return defaultValue
        }
        if let value = parse(annotation.value) { return value }
        findings.add(
            Finding(
                .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: ingress.ref, at: annotation.valueLocation,
                message: "\(annotation.key) is not a boolean; the controller ignores it and uses its default (\(defaultValue))"))
        return defaultValue
    }

    /// The boolean a value stands for, or nil when the controller cannot read it.
    static func parse(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": true
        case "0", "f", "F", "FALSE", "false", "False": false
        default: nil
        }
    }
}
