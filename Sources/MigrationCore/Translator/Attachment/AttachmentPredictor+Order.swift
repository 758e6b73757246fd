/// The order predictions are reported in: by route (kind, namespace, name), then by the parent's
/// text, and otherwise as they were made.
///
/// A route's predictions sit together, one per parent, so the routes are ordered rather than
/// the predictions. The generated routes arrive in output order (all HTTPRoutes, by namespace
/// and name), which one pass confirms; the routes of the input, usually few, are sorted and
/// merged in. Only the few parents of a route (or of routes with the same reference) are then
/// sorted by their text.
extension AttachmentPredictor {
    /// The positions of `predictions` in report order; route `r`'s predictions are at
    /// `starts[r]..<starts[r + 1]`.
    func reportOrder(of predictions: [AttachmentPrediction], starts: [Int]) -> [Int] {
        let routes = routeOrder()
        var order: [Int] = []
        order.reserveCapacity(predictions.count)
        var runStart = 0
        while runStart < routes.count {
            // Routes with the same reference (a generated route and one of the input with its
            // name) have their predictions sorted together.
            var runEnd = runStart + 1
            while runEnd < routes.count, !precedes(routes[runStart], routes[runEnd]) { runEnd += 1 }
            let firstOfRun = order.count
            for route in routes[runStart..<runEnd] { order += starts[route]..<starts[route + 1] }
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

    /// Every route's position of ``routeCount``, sorted by reference, routes with the same
    /// reference in position order.
    private func routeOrder() -> [Int] {
        let generated = objects.httpRoutes.count
        let byReference = { (left: Int, right: Int) -> Bool in
            self.precedes(left, right) || (!self.precedes(right, left) && left < right)
        }
        var routes = Array(0..<generated)
        if routes.indices.dropFirst().contains(where: { byReference($0, $0 - 1) }) { routes.sort(by: byReference) }
        let given = (generated..<routeCount).sorted(by: byReference)
        guard !given.isEmpty else { return routes }
        // Merged: a route of the input goes after the generated routes it does not precede
        // (those come first among equal references, having the lower positions).
        var merged: [Int] = []
        merged.reserveCapacity(routeCount)
        var next = 0
        for route in given {
            while next < routes.count, !precedes(route, routes[next]) {
                merged.append(routes[next])
                next += 1
            }
            merged.append(route)
        }
        merged += routes[next...]
        return merged
    }

    /// Whether the route at `left` (of ``routeCount``) has a smaller reference than the one at
    /// `right`.
    private func precedes(_ left: Int, _ right: Int) -> Bool {
        let generated = objects.httpRoutes.count
        switch (left < generated, right < generated) {
        case (true, true):
            return ObjectEncoder.order(objects.httpRoutes[left].meta, objects.httpRoutes[right].meta)
        case (false, false):
            return manifests.existingRoutes[left - generated].ref < manifests.existingRoutes[right - generated].ref
        case (true, false):
            return Self.generatedRef(objects.httpRoutes[left].meta) < manifests.existingRoutes[right - generated].ref
        case (false, true):
            return manifests.existingRoutes[left - generated].ref < Self.generatedRef(objects.httpRoutes[right].meta)
        }
    }

    /// The reference predictions name a generated route by.
    static func generatedRef(_ meta: OutputMeta) -> ObjectRef {
        ObjectRef(kind: "HTTPRoute", namespace: meta.namespace, name: meta.name)
    }
}
