/// How the listeners of a shared Gateway admit the namespaces whose Ingresses used a host.
///
/// By default a listener selects exactly those namespaces by their own
/// `kubernetes.io/metadata.name` label, which the API server sets and nobody can forge. In
/// team-label mode (`--team-label KEY`) it selects the teams of those namespaces by `KEY`, and
/// the Namespace objects are labelled accordingly (in `cluster-operator/`): a team that owns
/// several namespaces is admitted as one unit, and a new namespace joins by being labelled.
struct NamespaceAdmission {
    /// The label key of team-label mode; nil selects by namespace name.
    var teamLabel: String?
    /// The team of a namespace.
    var team: @Sendable (String) -> String

    /// The `allowedRoutes.namespaces` for a listener used by `namespaces`.
    func allowed(_ namespaces: [String], gatewayNamespace: String) -> AllowedNamespaces {
        let unique = Set(namespaces)
        if unique == [gatewayNamespace] { return .same }
        guard let teamLabel else { return .names(unique.sorted()) }
        return .labelIn(key: teamLabel, values: Set(unique.map(team)).sorted())
    }
}

extension OutputBuilder {
    /// The admission rule for a Gateway: team labels apply to shared Gateways only; a
    /// namespace's own Gateway admits its own namespace (`Same`).
    func admission(sharedGateway: Bool) -> NamespaceAdmission {
        let options = self.options
        return NamespaceAdmission(teamLabel: sharedGateway ? options.teamLabel : nil, team: { options.team(of: $0) })
    }

    /// In team-label mode, one labelled Namespace object per namespace a listener admits by
    /// team, and one finding saying what the label now grants.
    mutating func addTeamLabels() {
        guard let key = options.teamLabel else { return }
        var labelled: [String: String] = [:]
        for gateway in objects.gateways {
            for listener in gateway.listeners { collect(listener, into: &labelled) }
        }
        for listenerSet in objects.listenerSets {
            for listener in listenerSet.listeners { collect(listener, into: &labelled) }
        }
        guard !labelled.isEmpty else { return }
        for namespace in labelled.keys.sorted() {
            var object = NamespaceObject(name: namespace)
            object.meta.labels[key] = labelled[namespace]
            objects.namespaces.append(object)
        }
        let teams = Set(labelled.values).sorted().joined(separator: ", ")
        findings.add(
            Finding(
                .teamLabelSelection,
                message: "listeners of shared Gateways admit namespaces labelled \(key) with the teams \(teams); any namespace later given one of these labels can attach routes for that team's hosts",
                hint: "label namespaces only through the cluster operator (cluster-operator/00-namespaces.yaml)"))
    }

    private func collect(_ listener: Listener, into labelled: inout [String: String]) {
        guard case .labelIn = listener.allowedNamespaces else { return }
        for namespace in listener.admittedNamespaces { labelled[namespace] = options.team(of: namespace) }
    }

    /// A `--dedicated-gateway` namespace that no translated Ingress uses.
    mutating func reportUnusedDedicatedNamespaces(_ keys: Set<GatewayKey>) {
        let used = Set(keys.compactMap(\.namespace))
        for namespace in options.dedicatedNamespaces.subtracting(used).sorted() {
            findings.add(
                Finding(
                    .dedicatedGatewayUnused,
                    message: "--dedicated-gateway \(namespace): the input has no translated Ingress in namespace \(namespace), so no Gateway was generated for it"))
        }
    }
}
