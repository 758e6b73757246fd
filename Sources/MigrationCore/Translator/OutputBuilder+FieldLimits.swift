/// Header modifiers hold at most 16 names in each of `set`, `add` and `remove`. Headers come
/// from several places (a `custom-headers` ConfigMap, HSTS on HTTPS, the provider's fixed
/// headers), so the limit is enforced once every route is built: a longer list keeps its first
/// 16 entries, and the rest are reported as an error, since the Gateway will not send them.
extension OutputBuilder {
    /// Cuts every route's header modifiers to the limit, reporting what was dropped.
    mutating func enforceHeaderModifierLimits() {
        for route in objects.httpRoutes.indices {
            for rule in objects.httpRoutes[route].rules.indices where Self.exceedsLimit(objects.httpRoutes[route].rules[rule].filters) {
                var filters = objects.httpRoutes[route].rules[rule].filters
                findings.add(contentsOf: Self.cutHeaderModifiers(&filters, "HTTPRoute", objects.httpRoutes[route].meta, rule: rule))
                objects.httpRoutes[route].rules[rule].filters = filters
            }
        }
        for route in objects.grpcRoutes.indices {
            for rule in objects.grpcRoutes[route].rules.indices where Self.exceedsLimit(objects.grpcRoutes[route].rules[rule].filters) {
                var filters = objects.grpcRoutes[route].rules[rule].filters
                findings.add(contentsOf: Self.cutHeaderModifiers(&filters, "GRPCRoute", objects.grpcRoutes[route].meta, rule: rule))
                objects.grpcRoutes[route].rules[rule].filters = filters
            }
        }
    }

    private static func exceedsLimit(_ filters: [HTTPRouteFilter]) -> Bool {
        filters.contains { filter in
            switch filter {
            case .requestHeaderModifier(let modifier), .responseHeaderModifier(let modifier): exceedsLimit(modifier)
            default: false
            }
        }
    }

    private static func exceedsLimit(_ modifier: HeaderModifier) -> Bool {
        max(modifier.set.count, modifier.add.count, modifier.remove.count) > HeaderModifier.maxEntries
    }

    /// Cuts the filters' header modifiers to the limit; the findings say what was dropped.
    private static func cutHeaderModifiers(_ filters: inout [HTTPRouteFilter], _ kind: String, _ meta: OutputMeta, rule: Int) -> [Finding] {
        var raised: [Finding] = []
        for index in filters.indices {
            switch filters[index] {
            case .requestHeaderModifier(let modifier) where exceedsLimit(modifier):
                let (kept, finding) = cut(modifier, "request", kind, meta, rule: rule)
                filters[index] = .requestHeaderModifier(kept)
                raised.append(finding)
            case .responseHeaderModifier(let modifier) where exceedsLimit(modifier):
                let (kept, finding) = cut(modifier, "response", kind, meta, rule: rule)
                filters[index] = .responseHeaderModifier(kept)
                raised.append(finding)
            default: break
            }
        }
        return raised
    }

    private static func cut(_ modifier: HeaderModifier, _ direction: String, _ kind: String, _ meta: OutputMeta, rule: Int) -> (HeaderModifier, Finding) {
        var kept = modifier
        let limit = HeaderModifier.maxEntries
        var dropped: [String] = []
        if modifier.set.count > limit { dropped += modifier.set[limit...].map { "set \($0.name)" } }
        if modifier.add.count > limit { dropped += modifier.add[limit...].map { "add \($0.name)" } }
        if modifier.remove.count > limit { dropped += modifier.remove[limit...].map { "remove \($0)" } }
        kept.set = Array(modifier.set.prefix(limit))
        kept.add = Array(modifier.add.prefix(limit))
        kept.remove = Array(modifier.remove.prefix(limit))
        let source = meta.sources.first
        let finding = Finding(
            .fieldLimit, object: source?.object, at: source?.location,
            message: "\(kind) \(meta.namespace)/\(meta.name) rule \(rule + 1) would change \(modifier.set.count + modifier.add.count + modifier.remove.count) \(direction) headers; a header modifier holds \(limit) per list, so these were dropped: \(dropped.joined(separator: ", "))",
            hint: "move the headers past the limit to the implementation's own policy, or set fewer")
        return (kept, finding)
    }
}
