/// The order predictions are reported in: by route (kind, namespace, name), then by the parent's
/// text, and otherwise as they were made.
///
/// A route's predictions sit together, one per parent, so the routes are sorted rather than the
/// predictions: by keys gathered once (``StringOrderKey``), which the generated routes, already
/// in output order, mostly confirm. Only the few parents of a route (or of routes with the same
/// reference) are then sorted by their text.
extension AttachmentPredictor {
    /// The positions of `predictions` in report order; route `r`'s predictions are at
    /// `starts[r]..<starts[r + 1]`.
    func reportOrder(of predictions: [AttachmentPrediction], starts: [Int]) -> [Int] {
        let routes = routeCount
        var entries = (0..<routes).map { route in
            let ref = self.ref(ofRouteAt: route)
            return RouteOrderEntry(
                kind: StringOrderKey(ref.kind), namespace: StringOrderKey(ref.namespace), name: StringOrderKey(ref.name), route: route)
        }
        entries.sort { left, right in
            let order = compare(left, right)
            return order != 0 ? order < 0 : left.route < right.route
        }
        var order: [Int] = []
        order.reserveCapacity(predictions.count)
        var runStart = 0
        while runStart < entries.count {
            // Routes with the same reference (a generated route and one of the input with its
            // name) have their predictions sorted together.
            var runEnd = runStart + 1
            while runEnd < entries.count, compare(entries[runStart], entries[runEnd]) == 0 { runEnd += 1 }
            let firstOfRun = order.count
            for entry in entries[runStart..<runEnd] { order += starts[entry.route]..<starts[entry.route + 1] }
            if order.count - firstOfRun > 1 {
                order[firstOfRun...].sort { left, right in
                    let leftParent = predictions[left].parent, rightParent = predictions[right].parent
                    return leftParent != rightParent ? leftParent < rightParent : left < right
                }
            }
            runStart = runEnd
        }
        return order
    }

    /// The reference of the route at `index` of ``routeCount``, as its predictions name it.
    private func ref(ofRouteAt index: Int) -> ObjectRef {
        guard index >= objects.httpRoutes.count else {
            let meta = objects.httpRoutes[index].meta
            return ObjectRef(kind: "HTTPRoute", namespace: meta.namespace, name: meta.name)
        }
        return manifests.existingRoutes[index - objects.httpRoutes.count].ref
    }

    /// How two routes' references compare (-1, 0 or 1).
    private func compare(_ left: RouteOrderEntry, _ right: RouteOrderEntry) -> Int {
        let kind = StringOrderKey.compare(left.kind, right.kind, ref(ofRouteAt: left.route).kind, ref(ofRouteAt: right.route).kind)
        if kind != 0 { return kind }
        let namespace = StringOrderKey.compare(
            left.namespace, right.namespace, ref(ofRouteAt: left.route).namespace, ref(ofRouteAt: right.route).namespace)
        if namespace != 0 { return namespace }
        return StringOrderKey.compare(left.name, right.name, ref(ofRouteAt: left.route).name, ref(ofRouteAt: right.route).name)
    }
}

/// A route's sort keys for ``AttachmentPredictor/reportOrder(of:starts:)``.
private struct RouteOrderEntry {
    var kind: StringOrderKey
    var namespace: StringOrderKey
    var name: StringOrderKey
    var route: Int
}
