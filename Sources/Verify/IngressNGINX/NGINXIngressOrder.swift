import MigrationCore

/// The order ingress-nginx processes Ingresses in, and which it skips when building servers.
enum NGINXIngressOrder {
    static let annotationPrefix = "nginx.ingress.kubernetes.io/"

    /// Oldest `creationTimestamp` first; Ingresses created in the same second by
    /// `namespace/name` in **descending** order, as the controller's store sorts them.
    static func sorted(_ ingresses: [Ingress]) -> [Ingress] {
        ingresses.enumerated().sorted { left, right in
            let times = (left.element.meta.creationTimestamp ?? "", right.element.meta.creationTimestamp ?? "")
            if times.0 != times.1 { return times.0 < times.1 }
            let names = (left.element.ref.namespace + "/" + left.element.ref.name, right.element.ref.namespace + "/" + right.element.ref.name)
            if names.0 != names.1 { return names.0 > names.1 }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// A canary Ingress creates no servers or locations of its own.
    static func isCanary(_ ingress: Ingress) -> Bool {
        boolAnnotation("canary", of: ingress) ?? false
    }

    /// An `nginx.ingress.kubernetes.io/` boolean annotation as the controller reads it (Go's
    /// `strconv.ParseBool`); nil when absent or unreadable (the controller then uses its default).
    static func boolAnnotation(_ key: String, of ingress: Ingress) -> Bool? {
        switch ingress.meta.annotation(annotationPrefix + key)?.value {
        case "1", "t", "T", "TRUE", "true", "True": true
        case "0", "f", "F", "FALSE", "false", "False": false
        default: nil
        }
    }
}
