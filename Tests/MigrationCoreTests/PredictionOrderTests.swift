import Testing

@testable import MigrationCore

/// Predictions are reported by route reference, then parent text, then in the order they were
/// made: the order a stable sort of every prediction by those two keys gives, whether the
/// generated routes arrive sorted or not, and when routes of the input share a generated
/// route's reference.
@Suite struct PredictionOrderTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
    }

    private static let names = ["a", "b", "web", "web-http", "api", "z"]
    private static let namespaces = ["team-a", "team-b", "shop"]
    private static let parents = ["Gateway gateway-system/nginx", "Gateway gateway-system/nginx, listener x", "ListenerSet s/l", "Gateway other/g"]

    @Test func reportOrderMatchesAStableSortOfEveryPrediction() {
        for seed in UInt64(1)...60 {
            var random = Generator(state: seed)
            var objects = GeneratedObjects()
            for _ in 0..<(3 + random.next(12)) {
                let parents = (0..<(1 + random.next(3))).map { _ in ParentRef(name: "p\(random.next(3))") }
                objects.httpRoutes.append(
                    HTTPRoute(
                        meta: OutputMeta(name: Self.names[random.next(Self.names.count)], namespace: Self.namespaces[random.next(Self.namespaces.count)]),
                        parentRefs: parents))
            }
            if seed % 2 == 0 { objects.sortGrowingListsInOutputOrder() }
            var manifests = ParsedManifests()
            let location = SourceLocation(file: "in.yaml", line: 1, column: 1)
            for _ in 0..<random.next(5) {
                let kind = ["HTTPRoute", "GRPCRoute", "TLSRoute"][random.next(3)]
                let ref = ObjectRef(kind: kind, namespace: Self.namespaces[random.next(Self.namespaces.count)], name: Self.names[random.next(Self.names.count)])
                let parents = (0..<random.next(3)).map { _ in
                    ExistingParentRef(group: nil, kind: nil, name: "p", namespace: nil, sectionName: nil, port: nil, location: location)
                }
                manifests.existingRoutes.append(ExistingRoute(ref: ref, location: location, parentRefs: parents, hostnames: [], backendRefs: []))
            }
            let predictor = AttachmentPredictor(objects: objects, manifests: manifests)
            var starts = [0]
            var predictions: [AttachmentPrediction] = []
            for route in 0..<predictor.routeCount {
                let ref = route < objects.httpRoutes.count
                    ? AttachmentPredictor.generatedRef(objects.httpRoutes[route].meta)
                    : manifests.existingRoutes[route - objects.httpRoutes.count].ref
                for _ in 0..<predictor.parentCount(ofRouteAt: route) {
                    predictions.append(
                        AttachmentPrediction(
                            route: ref, generated: true, parent: Self.parents[random.next(Self.parents.count)], acceptance: .accepted,
                            resolvedRefsReason: "ResolvedRefs", message: "", location: nil))
                }
                starts.append(predictions.count)
            }
            let expected = predictions.indices.sorted { left, right in
                let leftKey = (predictions[left].route, predictions[left].parent), rightKey = (predictions[right].route, predictions[right].parent)
                return leftKey < rightKey || (!(rightKey < leftKey) && left < right)
            }
            #expect(predictor.reportOrder(of: predictions, starts: starts) == expected, "seed \(seed)")
        }
    }
}
