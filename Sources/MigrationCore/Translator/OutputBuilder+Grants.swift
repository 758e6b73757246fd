extension OutputBuilder {
    /// One ReferenceGrant per Secret a listener uses from another namespace, naming exactly
    /// that Secret and the Gateways' namespace. A listener moved to a ListenerSet needs a grant
    /// from `ListenerSet`: grants to a Gateway do not extend to its ListenerSets.
    mutating func addCertificateGrants(_ servers: [ServerIR], gatewayNamespace: String, plan: ListenerPlan) {
        for position in servers.indices {
            guard let certificate = servers[position].certificate, certificate.secret.namespace != gatewayNamespace else { continue }
            let fromKind = plan.attachments(forServerAt: position).https.first?.kind ?? "Gateway"
            addGrant(from: fromKind, gatewayNamespace: gatewayNamespace, toKind: "Secret", target: certificate.secret, source: certificate.source)
        }
    }

    /// Lets `fromKind` objects of the Gateways' namespace refer to exactly `target`, a core
    /// object of kind `toKind` in another namespace; a grant already made for it only gains
    /// `source`. Secret grants are named `allow-<ns>-gateways-to-<secret>` (or `listenersets`),
    /// other kinds `allow-<ns>-gateways-to-<kind>-<name>`.
    mutating func addGrant(from fromKind: String, gatewayNamespace: String, toKind: String, target: SecretRef, source: SourceRef) {
        let key = "\(gatewayNamespace)/\(fromKind)/\(toKind)/\(target.namespace)/\(target.name)"
        if let index = grantedObjects[key] {
            // Sorted and made unique once all are in (``sortGrantSources()``): thousands of
            // hosts can share one certificate, so one grant.
            objects.referenceGrants[index].meta.sources.append(source)
            grantsGainingSources.insert(index)
            return
        }
        grantedObjects[key] = objects.referenceGrants.count
        let fromText = fromKind == "Gateway" ? "gateways" : "listenersets"
        let targetText = toKind == "Secret" ? target.name : "\(toKind.lowercased())-\(target.name)"
        var meta = OutputMeta(name: ObjectNaming.fit("allow-\(gatewayNamespace)-\(fromText)-to-\(targetText)"), namespace: target.namespace)
        meta.sources = [source]
        objects.referenceGrants.append(
            ReferenceGrant(
                meta: meta, fromGroup: gatewayGroup, fromKind: fromKind, fromNamespace: gatewayNamespace,
                toGroup: "", toKind: toKind, toName: target.name))
    }

    /// Sorts the sources of the grants that gained some, dropping repeats.
    mutating func sortGrantSources() {
        for index in grantsGainingSources {
            objects.referenceGrants[index].meta.sources = objects.referenceGrants[index].meta.sources.sortedUnique()
        }
        grantsGainingSources = []
    }
}
