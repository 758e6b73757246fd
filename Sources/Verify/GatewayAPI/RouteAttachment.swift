import MigrationCore

/// A route attached to one listener, with the hostnames it serves there.
struct AttachedRoute: Sendable {
    /// The route's index in the configuration.
    var routeIndex: Int
    /// The intersection of the route's and the listener's hostnames; nil for every host.
    var hostnames: [String]?
}

/// A route kind that attaches to listeners: HTTPRoute and GRPCRoute (to HTTP and HTTPS
/// listeners), TLSRoute (to TLS listeners).
protocol AttachableRoute: Sendable {
    /// The route's kind.
    static var kind: String { get }
    /// The listener protocols that carry it.
    static var protocols: Set<Listener.ListenerProtocol> { get }
    var meta: OutputMeta { get }
    var parentRefs: [ParentRef] { get }
    var hostnames: [String] { get }
}

extension HTTPRoute: AttachableRoute {
    static var kind: String { "HTTPRoute" }
    static var protocols: Set<Listener.ListenerProtocol> { [.http, .https] }
}

extension GRPCRoute: AttachableRoute {
    static var kind: String { "GRPCRoute" }
    static var protocols: Set<Listener.ListenerProtocol> { [.http, .https] }
}

extension TLSRoute: AttachableRoute {
    static var kind: String { "TLSRoute" }
    static var protocols: Set<Listener.ListenerProtocol> { [.tls] }
}

/// Which listeners each route of one kind attaches to, as the specification's attachment
/// rules say:
///
/// - a `parentRef` to a Gateway selects the Gateway's own listeners, one to a ListenerSet
///   (`kind: ListenerSet`) that set's listeners; its namespace defaults to the route's;
/// - `sectionName` keeps the listener of that name, `port` the listeners on that port;
/// - a listener takes the route only when its protocol carries the route's kind (HTTP and
///   HTTPS for HTTPRoute and GRPCRoute, TLS for TLSRoute), its `allowedRoutes.kinds` (if
///   any) names the kind, its `allowedRoutes.namespaces` admits the route's namespace (`Same`
///   is the listener owner's namespace), and the route's hostnames intersect the listener's;
///   conflicted listeners take nothing.
///
/// The listeners are grouped by their owner once, so each `parentRef` looks only at the
/// listeners of the Gateway or ListenerSet it names.
struct RouteAttachment: Sendable {
    /// Routes per Gateway and listener index.
    private(set) var routes: [ObjectRef: [Int: [AttachedRoute]]] = [:]

    init(_ configuration: GatewayAPIConfiguration, listeners table: ListenerTable) {
        self.init(configuration.httpRoutes, configuration: configuration, listeners: table)
    }

    init<Route: AttachableRoute>(_ all: [Route], configuration: GatewayAPIConfiguration, listeners table: ListenerTable) {
        var byOwner: [ObjectRef: [(gateway: ObjectRef, index: Int, entry: EffectiveListener)]] = [:]
        for (gateway, listeners) in table.listeners {
            for (index, entry) in listeners.enumerated() { byOwner[entry.owner, default: []].append((gateway, index, entry)) }
        }
        for (routeIndex, route) in all.enumerated() {
            for parent in route.parentRefs {
                let namespace = parent.namespace ?? route.meta.namespace
                let owner = ObjectRef(kind: parent.kind ?? "Gateway", namespace: namespace, name: parent.name)
                for (gateway, index, entry) in byOwner[owner] ?? [] {
                    guard Self.accepts(entry, route: route, parent: parent, configuration: configuration) else { continue }
                    let hostnames = HostnameMatching.intersect(
                        routeHostnames: route.hostnames, listenerHostname: entry.listener.hostname)
                    if let hostnames, hostnames.isEmpty { continue }
                    // Routes are attached in order, so one already attached here is the last.
                    if routes[gateway]?[index]?.last?.routeIndex == routeIndex { continue }
                    routes[gateway, default: [:]][index, default: []].append(AttachedRoute(routeIndex: routeIndex, hostnames: hostnames))
                }
            }
        }
    }

    private static func accepts<Route: AttachableRoute>(
        _ entry: EffectiveListener, route: Route, parent: ParentRef, configuration: GatewayAPIConfiguration
    ) -> Bool {
        let listener = entry.listener
        if entry.isConflicted { return false }
        if let section = parent.sectionName, section != listener.name { return false }
        if let port = parent.port, port != listener.port { return false }
        guard Route.protocols.contains(listener.protocol) else { return false }
        if !listener.allowedRouteKinds.isEmpty && !listener.allowedRouteKinds.contains(Route.kind) { return false }
        return configuration.admits(listener.allowedNamespaces, namespace: route.meta.namespace, ownerNamespace: entry.owner.namespace)
    }
}
