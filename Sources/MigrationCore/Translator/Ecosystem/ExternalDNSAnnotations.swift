/// Moves external-dns annotations to where its Gateway API sources (`gateway-httproute`, …)
/// read them: `target` from the Gateway (a route's parent; a ListenerSet parent counts as its
/// Gateway), every other key (`hostname`, `ttl`, `controller`, provider-specific ones) from the
/// route. Both prefixes are recognised: `external-dns.alpha.kubernetes.io/` and, from
/// external-dns v0.22, `external-dns.kubernetes.io/`.
///
/// Routes and Gateways merge several Ingresses; on different values the oldest Ingress wins.
struct ExternalDNSAnnotations {
    static let prefixes = ["external-dns.alpha.kubernetes.io/", "external-dns.kubernetes.io/"]

    /// The Ingresses of the translation, oldest first.
    var ingresses: [Ingress]
    var findings: [Finding] = []

    /// Applies the annotations to the generated objects.
    mutating func apply(to objects: inout GeneratedObjects) {
        // Only routes made from an Ingress with such annotations are looked at.
        let carrying = Set(ingresses.filter { $0.meta.annotations.contains { Self.isExternalDNS($0.key) } }.map(\.ref))
        guard !carrying.isEmpty else { return }
        let order = Dictionary(ingresses.enumerated().map { ($0.element.ref, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let byRef = Dictionary(ingresses.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        var gatewayValues: [Int: [String: (value: String, from: ObjectRef)]] = [:]
        var carried = Set<ObjectRef>()
        let parents = ParentIndex(objects)
        for routeIndex in objects.httpRoutes.indices {
            guard objects.httpRoutes[routeIndex].meta.sources.contains(where: { carrying.contains($0.object) }) else { continue }
            let route = objects.httpRoutes[routeIndex]
            let sources = Set(route.meta.sources.map(\.object)).compactMap { byRef[$0] }.sorted { order[$0.ref]! < order[$1.ref]! }
            guard sources.contains(where: { $0.meta.annotations.contains { Self.isExternalDNS($0.key) } }) else { continue }
            let gateways = parents.gateways(of: route)
            var routeValues: [String: (value: String, from: ObjectRef)] = [:]
            for ingress in sources {
                for annotation in ingress.meta.annotations where Self.isExternalDNS(annotation.key) {
                    carried.insert(ingress.ref)
                    if Self.suffix(annotation.key) == "target" {
                        for gateway in gateways {
                            record(annotation, of: ingress, into: &gatewayValues[gateway, default: [:]], on: "Gateway \(objects.gateways[gateway].meta.namespace)/\(objects.gateways[gateway].meta.name)")
                        }
                    } else {
                        record(annotation, of: ingress, into: &routeValues, on: "HTTPRoute \(route.meta.namespace)/\(route.meta.name)")
                    }
                }
            }
            for (key, entry) in routeValues { objects.httpRoutes[routeIndex].meta.annotations[key] = entry.value }
        }
        for (gateway, values) in gatewayValues {
            for (key, entry) in values { objects.gateways[gateway].meta.annotations[key] = entry.value }
        }
        for ingress in ingresses where !carried.contains(ingress.ref) {
            for annotation in ingress.meta.annotations where Self.isExternalDNS(annotation.key) {
                findings.append(
                    Finding(
                        .annotationNotMoved, object: ingress.ref, at: annotation.location,
                        message: "\(annotation.key) was not moved: no generated route comes from \(ingress.ref)"))
            }
        }
    }

    /// Keeps the first value per key and reports later different ones; reports each move once
    /// per annotation.
    private mutating func record(
        _ annotation: Annotation, of ingress: Ingress, into values: inout [String: (value: String, from: ObjectRef)], on target: String
    ) {
        if let existing = values[annotation.key] {
            if existing.value != annotation.value {
                findings.append(
                    Finding(
                        .annotationConflict, object: ingress.ref, at: annotation.location,
                        message: "\(annotation.key) differs from the one of \(existing.from); \(target) keeps \(existing.from)'s value"))
            }
            return
        }
        values[annotation.key] = (annotation.value, ingress.ref)
        var message = "\(annotation.key) moved to \(target), where external-dns's Gateway API sources read it"
        if Self.suffix(annotation.key) == "hostname" {
            message += "; the Gateway serves only the route's spec.hostnames, not the extra names this annotation publishes"
        }
        findings.append(Finding(.annotationMoved, object: ingress.ref, at: annotation.location, message: message))
    }

    static func isExternalDNS(_ key: String) -> Bool { prefixes.contains { key.hasPrefix($0) } }

    static func suffix(_ key: String) -> String {
        for prefix in prefixes where key.hasPrefix(prefix) { return String(key.dropFirst(prefix.count)) }
        return key
    }

    /// The generated Gateways and ListenerSets by `namespace/name`, to find a route's Gateways.
    struct ParentIndex {
        var gatewayIndex: [String: Int] = [:]
        var listenerSetGateway: [String: String] = [:]

        init(_ objects: GeneratedObjects) {
            for (index, gateway) in objects.gateways.enumerated() {
                gatewayIndex["\(gateway.meta.namespace)/\(gateway.meta.name)"] = gatewayIndex["\(gateway.meta.namespace)/\(gateway.meta.name)"] ?? index
            }
            for set in objects.listenerSets {
                listenerSetGateway["\(set.meta.namespace)/\(set.meta.name)"] = listenerSetGateway["\(set.meta.namespace)/\(set.meta.name)"] ?? set.gatewayName
            }
        }

        /// Indices of the Gateways a route's parents are, or belong to.
        func gateways(of route: HTTPRoute) -> [Int] {
            var result: [Int] = []
            for parent in route.parentRefs {
                let namespace = parent.namespace ?? route.meta.namespace
                var gatewayName = parent.name
                if parent.kind == "ListenerSet" {
                    guard let name = listenerSetGateway["\(namespace)/\(parent.name)"] else { continue }
                    gatewayName = name
                }
                if let index = gatewayIndex["\(namespace)/\(gatewayName)"], !result.contains(index) {
                    result.append(index)
                }
            }
            return result
        }
    }
}
