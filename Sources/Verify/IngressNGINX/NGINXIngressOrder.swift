import MigrationCore

/// The order ingress-nginx processes Ingresses in, and which it skips when building servers.
enum NGINXIngressOrder {
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
        NGINXAnnotations(ingress).bool("canary") ?? false
    }
}
