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
        switch annotation.value {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default:
            findings.add(
                Finding(
                    .nginxInvalidAnnotationValue, provider: "ingress-nginx", object: ingress.ref, at: annotation.valueLocation,
                    message: "\(annotation.key) is not a boolean; the controller ignores it and uses its default (\(defaultValue))"))
            return defaultValue
        }
    }
}
