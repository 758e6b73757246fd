import MigrationCore

/// `server-alias` and `from-to-www-redirect`: more names for a host.
///
/// `server-alias` adds names served exactly like the host, taken from the first Ingress of the
/// host that sets it; an alias that is already a host of its own is ignored, as the controller
/// ignores it. An alias that several hosts of one class list belongs to the first of them in
/// name order: nginx takes the first `server` block with a name and ignores the name in the
/// others (the controller writes its servers sorted by name). `from-to-www-redirect` answers
/// the other name (`www.` added or removed) with the controller's `http-redirect-code` (308 by
/// default) to the host, keeping scheme and path, unless another Ingress serves that name.
enum ServerNames {
    /// Applies both annotations; returns the aliases that became hosts of their own (see
    /// `addUncertifiedAlias`), each with the host it came from.
    @discardableResult
    static func apply(
        to ir: inout TranslationIR, settings: [IngressSettings], redirectCode: Int = 308, findings: inout FindingList
    ) -> [ServerKey: ServerKey] {
        var aliasHosts: [ServerKey: ServerKey] = [:]
        // Names this pass adds are not "already a host": only servers that existed before it
        // count, checked in the server table itself rather than a copy of all its keys.
        var added = Set<ServerKey>()
        // The host each alias went to, per ingress class (one controller's servers).
        var aliasOwners: [AliasKey: String] = [:]
        let asking = settings.map { !$0.isCanary && ($0.string("server-alias") != nil || $0.string("from-to-www-redirect") != nil) }
        for serverKey in ir.serverKeys(withRuleWhere: { asking[$0.source.ingressIndex] }) where !serverKey.host.isEmpty {
            let carriers = ir.rules(of: serverKey).map { settings[$0.source.ingressIndex] }.filter { !$0.isCanary }
            if let setting = carriers.first(where: { $0.list("server-alias") != nil }), let list = setting.list("server-alias") {
                let server = ir.servers[serverKey]!
                let certified = server.hasTLS && server.passthrough == nil ? certificateNames(of: serverKey, in: ir) : nil
                for alias in list.values.map({ $0.lowercased() }) {
                    let aliasKey = ServerKey(gateway: serverKey.gateway, host: alias)
                    if (ir.servers[aliasKey] != nil && !added.contains(aliasKey)) || alias == serverKey.host {
                        report(setting, list.annotation, "server-alias \(alias) is already a host of its own; the controller ignores the alias", &findings)
                    } else if HostValidation.problem(with: alias) != nil || alias.isEmpty {
                        setting.invalid(list.annotation, "names \"\(alias)\", which is not a valid host name", findings: &findings)
                    } else if let owner = aliasOwners[AliasKey(className: serverKey.gateway.className, alias: alias)], owner != serverKey.host {
                        report(setting, list.annotation, "server-alias \(alias) is also an alias of \(owner), whose server nginx found first; the controller answers \(alias) there, not here", &findings)
                    } else if let certified, !certified.contains(alias), !added.contains(aliasKey) {
                        _ = addUncertifiedAlias(alias, of: serverKey, in: &ir)
                        added.insert(aliasKey)
                        aliasHosts[aliasKey] = serverKey
                        aliasOwners[AliasKey(className: serverKey.gateway.className, alias: alias)] = serverKey.host
                    } else if !(ir.servers[serverKey]!.aliases.contains(alias)) {
                        ir.servers[serverKey]!.aliases.append(alias)
                        aliasOwners[AliasKey(className: serverKey.gateway.className, alias: alias)] = serverKey.host
                    }
                }
            }
            if let setting = carriers.first(where: { $0.string("from-to-www-redirect") != nil }),
                setting.bool("from-to-www-redirect", default: false, findings: &findings)
            {
                addWWWRedirect(for: serverKey, setting: setting, in: &ir, added: &added, code: redirectCode, findings: &findings)
            }
        }
        return aliasHosts
    }

    private static func addWWWRedirect(
        for serverKey: ServerKey, setting: IngressSettings, in ir: inout TranslationIR, added: inout Set<ServerKey>, code: Int, findings: inout FindingList
    ) {
        let host = serverKey.host
        guard !host.hasPrefix("*.") else { return }
        let other = host.hasPrefix("www.") ? String(host.dropFirst(4)) : "www." + host
        let otherKey = ServerKey(gateway: serverKey.gateway, host: other)
        let annotation = setting.annotation("from-to-www-redirect")!
        guard ir.servers[otherKey] == nil || added.contains(otherKey), HostValidation.problem(with: other) == nil else {
            report(setting, annotation, "\(other) is served by an Ingress of its own, so the controller adds no redirect for it", &findings)
            return
        }
        let index = setting.firstIndexOfName
        var server = ServerIR(key: otherKey, creator: SourceRef(object: setting.ingress.ref, location: setting.ingress.location), creatorIndex: index)
        let coversOther = setting.ingress.tls.contains { $0.hosts.contains { $0.value.lowercased() == other } }
        if coversOther, let certificate = ir.servers[serverKey]?.certificate {
            server.certificate = certificate
        } else if ir.servers[serverKey]?.hasTLS == true {
            report(setting, annotation, "no TLS entry names \(other), so its redirect is served on plain HTTP only", &findings)
        }
        server.namespaces = [setting.ingress.meta.namespace]
        ir.servers[otherKey] = server
        added.insert(otherKey)
        let source = RuleSource(ingressIndex: index, object: setting.ingress.ref, location: annotation.location, ingressPathType: "from-to-www-redirect")
        var rule = RouteRuleIR(match: HTTPRouteMatch(pathType: .pathPrefix, path: "/"), backends: [], source: source)
        rule.redirect(RequestRedirect(hostname: host, statusCode: code))
        findings.add(
            Finding(
                .nginxRedirectTrailingSlash, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location,
                message: "from-to-www-redirect: ingress-nginx removed one trailing \"/\" from the path when redirecting \(other) to \(host) (\(other)/a/ → \(host)/a); the Gateway redirect keeps the path"))
        var group = RouteGroupIR(key: RouteGroupKey(server: otherKey, namespace: setting.ingress.meta.namespace))
        group.rules = [rule]
        ir.groups[group.key] = group
    }

    /// An alias within one ingress class.
    private struct AliasKey: Hashable {
        var className: String
        var alias: String
    }

    private static func report(_ setting: IngressSettings, _ annotation: Annotation, _ message: String, _ findings: inout FindingList) {
        findings.add(Finding(.nginxAnnotationIgnored, provider: "ingress-nginx", object: setting.ingress.ref, at: annotation.location, message: message))
    }
}
