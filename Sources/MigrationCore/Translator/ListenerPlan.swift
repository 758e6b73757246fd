/// The listeners of one Gateway: an HTTP listener on port 80 for every host, an HTTPS
/// listener on 443 for every host with a certificate, and a hostname-less `http` listener for
/// the catch-all host. The first 64 stay on the Gateway; the rest go to ListenerSets of 64.
///
/// Each listener admits routes only from the namespaces whose Ingresses used the host,
/// selected by their `kubernetes.io/metadata.name` label (never `from: All`).
struct ListenerPlan {
    static let maxListeners = 64

    /// Every listener, the Gateway's first (kept once: the Gateway's and the ListenerSets'
    /// lists are cut from it).
    private var listeners: [Listener] = []
    /// Listeners on the Gateway itself.
    var gatewayListeners: [Listener] { Array(listeners.prefix(Self.maxListeners)) }
    /// Listeners past the Gateway's 64.
    var overflow: ArraySlice<Listener> { listeners.dropFirst(Self.maxListeners) }
    private let gatewayName: String
    private let gatewayNamespace: String
    /// The name of each ListenerSet, in order.
    private var listenerSetNames: [String] = []
    /// Each host's listeners (by the host's position in the servers the plan was made for), as
    /// positions among all the Gateway's listeners: they are contiguous, one HTTP (and HTTPS or
    /// TLS passthrough) listener per host name it answers.
    private var sections: [Range<Int>] = []
    /// Each TCP or UDP listener's position among all the Gateway's listeners, by name.
    private var streamPositions: [String: Int] = [:]

    init(
        gatewayName: String, gatewayNamespace: String, servers: some Collection<ServerIR>, streams: [StreamRouteIR] = [],
        admission: NamespaceAdmission
    ) {
        self.gatewayName = gatewayName
        self.gatewayNamespace = gatewayNamespace
        let hostnames = servers.flatMap { $0.key.host.isEmpty ? [""] : $0.hostnames }
        let names = ObjectNaming.allocate(
            hostnames, desired: { ObjectNaming.hostSlug($0) }, keyText: { $0 }, limit: ObjectNaming.maxNameLength - 6)
        // Sized once: growing a list of hundreds of thousands of listeners by doubling maps
        // fresh memory at every step.
        var listeners: [Listener] = []
        listeners.reserveCapacity(
            servers.reduce(streams.count) { total, server in
                let names = server.key.host.isEmpty ? 1 : 1 + server.aliases.count
                return total + names * (server.passthrough != nil || server.certificate != nil ? 2 : 1)
            })
        sections.reserveCapacity(servers.count)
        for server in servers {
            let first = listeners.count
            defer { sections.append(first..<listeners.count) }
            let allowed = admission.allowed(server.namespaces, gatewayNamespace: gatewayNamespace)
            let admitted = server.namespaces.sortedUnique()
            for hostname in server.key.host.isEmpty ? [""] : server.hostnames {
                let base = hostname.isEmpty ? "" : names[hostname]! + "-"
                var http = Listener(name: base + "http", hostname: hostname.isEmpty ? nil : hostname, port: 80, protocol: .http)
                http.allowedNamespaces = allowed
                http.admittedNamespaces = admitted
                listeners.append(http)
                if let passthrough = server.passthrough {
                    var tls = Listener(name: base + "tls", hostname: http.hostname, port: 443, protocol: .tls)
                    tls.tlsMode = "Passthrough"
                    tls.allowedNamespaces = admission.allowed([passthrough.namespace], gatewayNamespace: gatewayNamespace)
                    tls.admittedNamespaces = [passthrough.namespace]
                    listeners.append(tls)
                } else if let certificate = server.certificate {
                    var https = Listener(name: base + "https", hostname: http.hostname, port: 443, protocol: .https)
                    https.certificateRefs = [certificate.secret]
                    https.allowedNamespaces = allowed
                    https.admittedNamespaces = admitted
                    listeners.append(https)
                }
            }
        }
        for stream in streams {
            streamPositions[Self.streamListenerName(stream)] = listeners.count
            var listener = Listener(name: Self.streamListenerName(stream), hostname: nil, port: stream.port, protocol: stream.isUDP ? .udp : .tcp)
            listener.allowedNamespaces = admission.allowed([stream.namespace], gatewayNamespace: gatewayNamespace)
            listener.admittedNamespaces = [stream.namespace]
            listeners.append(listener)
        }
        self.listeners = listeners
        listenerSetNames = (0..<listenerSetCount).map { Self.listenerSetName(gatewayName, index: $0) }
    }

    /// Where the listener at `index` (among all the Gateway's listeners) lives: the Gateway for
    /// the first 64, else its ListenerSet.
    private func parent(ofListenerAt index: Int) -> ParentRef {
        guard index >= Self.maxListeners else {
            return ParentRef(name: gatewayName, namespace: gatewayNamespace, sectionName: listeners[index].name)
        }
        let offset = index - Self.maxListeners
        return ParentRef(
            kind: "ListenerSet", name: listenerSetNames[offset / Self.maxListeners], namespace: gatewayNamespace,
            sectionName: listeners[index].name)
    }

    static func streamListenerName(_ stream: StreamRouteIR) -> String {
        "\(stream.isUDP ? "udp" : "tcp")-\(stream.port)"
    }

    /// The parent a TCP or UDP route attaches to.
    func streamParent(_ stream: StreamRouteIR) -> ParentRef {
        parent(ofListenerAt: streamPositions[Self.streamListenerName(stream)]!)
    }

    static func listenerSetName(_ gatewayName: String, index: Int) -> String {
        ObjectNaming.fit("\(gatewayName)-listeners-\(index + 1)")
    }

    var totalListeners: Int { listeners.count }
    var listenerSetCount: Int { (overflow.count + Self.maxListeners - 1) / Self.maxListeners }

    /// The ListenerSets holding the overflow.
    func listenerSets(gatewayName: String, namespace: String) -> [ListenerSet] {
        stride(from: 0, to: overflow.count, by: Self.maxListeners).enumerated().map { index, start in
            ListenerSet(
                meta: OutputMeta(name: listenerSetNames[index], namespace: namespace),
                gatewayName: gatewayName,
                listeners: Array(listeners[(Self.maxListeners + start)..<min(Self.maxListeners + start + Self.maxListeners, listeners.count)]))
        }
    }

    /// Whether the host at `position` (in the servers the plan was made for) has a listener on
    /// port 443 (HTTPS, or TLS passthrough), and whether one of those lives in a ListenerSet:
    /// what ``attachments(forServerAt:)`` tells, without building the parents.
    func secureListeners(ofServerAt position: Int) -> (any: Bool, inListenerSet: Bool) {
        var found = (any: false, inListenerSet: false)
        for index in sections[position] where listeners[index].port != 80 {
            found.any = true
            if index >= Self.maxListeners { found.inListenerSet = true }
        }
        return found
    }

    /// The parents the routes of the host at `position` (in the servers the plan was made for)
    /// attach to: the HTTP listeners of its names and, when it has a certificate, their HTTPS
    /// listeners.
    func attachments(forServerAt position: Int) -> (http: [ParentRef], https: [ParentRef]) {
        var http: [ParentRef] = []
        var https: [ParentRef] = []
        for index in sections[position] {
            let port = listeners[index].port
            if port == 80 { http.append(parent(ofListenerAt: index)) } else { https.append(parent(ofListenerAt: index)) }
        }
        return (http, https)
    }
}
