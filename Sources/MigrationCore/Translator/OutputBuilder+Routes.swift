/// Routes for one host.
///
/// Without a certificate, each namespace's rules form one route on the host's HTTP listener.
/// With one, the rules form a route on the HTTPS listener, and plain HTTP gets what the
/// controller gave it: when every path (and the implicit root location) redirects, a single
/// `PathPrefix /` redirect route; when some paths opt out, a route on the HTTP listener that
/// repeats every rule, as a redirect or as itself, so Gateway API precedence picks the same
/// rule nginx's location matching did. When nothing redirects, one route attaches to both.
extension OutputBuilder {
    mutating func buildRoutes(
        for server: ServerIR, groups allGroups: [RouteGroupIR], ir: TranslationIR, attachments: (http: [ParentRef], https: [ParentRef])
    ) {
        let grpcOnHTTP = attachments.https.isEmpty || server.passthrough != nil
        emitGRPCRoutes(
            for: server, groups: allGroups, ir: ir, parents: grpcOnHTTP ? attachments.http : attachments.https,
            httpsHeaders: grpcOnHTTP ? [] : server.httpsResponseHeaders)
        if let passthrough = server.passthrough {
            emitTLSRoute(for: server, passthrough: passthrough, parents: attachments.https)
        }
        // Groups without gRPC rules (nearly all) are kept as they are, not copied.
        let groups = allGroups.map { group -> RouteGroupIR in
            guard group.rules.contains(where: \.isGRPC) else { return group }
            var http = group
            http.rules = group.rules.filter { !$0.isGRPC }
            return http
        }.filter { !$0.rules.isEmpty }
        let attachments = server.passthrough == nil ? attachments : (http: attachments.http, https: [])
        let allRules = groups.count == 1 ? groups[0].rules : groups.flatMap(\.rules)
        let redirectCode = Self.redirectCode(server, allRules)
        let everythingRedirects = allRules.allSatisfy { $0.plainHTTP != .serve } && server.rootPlainHTTP != .serve
        let nothingRedirects = allRules.allSatisfy { $0.plainHTTP == .serve } && server.rootPlainHTTP == .serve
        let rootNamespace = groups.contains { $0.key.namespace == ir.ingresses[server.creatorIndex].meta.namespace }
            ? ir.ingresses[server.creatorIndex].meta.namespace : groups.first?.key.namespace
        let hasRootRule = allRules.contains { $0.match.pathType == .pathPrefix && $0.match.path == "/" }
        if groups.isEmpty, let first = allGroups.first, !attachments.https.isEmpty {
            emitGRPCOnlyRedirect(for: server, groups: allGroups, first: first, ir: ir, http: attachments.http)
        }
        for group in groups {
            let namespace = group.key.namespace
            let name = routeName(server.key, namespace: namespace)
            let base = Self.routeBaseName(server.key)
            let ruleSources = group.rules.map { SourceRef(object: $0.source.object, location: ir.ingresses[$0.source.ingressIndex].location) }
            let sources = RouteSources(all: ruleSources.sortedUnique(), perRule: ruleSources)
            let hostnames = server.hostnames
            let https = attachments.https
            guard !https.isEmpty else {
                var rules = group.rules.map { plainHTTPRule($0) }
                if namespace == rootNamespace, !hasRootRule, case .redirectToHTTPS(let code) = server.rootPlainHTTP {
                    rules.append(shared.catchAllRedirect(code))
                }
                emit(name, unhashed: base, namespace, hostnames, attachments.http, rules, sources)
                continue
            }
            let secureRules = group.rules.map { httpsRule($0, headers: server.httpsResponseHeaders) }
            if nothingRedirects {
                if server.httpsResponseHeaders.isEmpty {
                    emit(name, unhashed: base, namespace, hostnames, attachments.http + https, secureRules, sources)
                } else {
                    emit(name, unhashed: base, namespace, hostnames, https, secureRules, sources)
                    emitHTTP(name, unhashed: base, namespace, hostnames, attachments.http, group.rules.map(\.routeRule), sources)
                }
                continue
            }
            emit(name, unhashed: base, namespace, hostnames, https, secureRules, sources)
            if everythingRedirects {
                if namespace == rootNamespace {
                    emitHTTP(name, unhashed: base, namespace, hostnames, attachments.http, [shared.catchAllRedirect(redirectCode)], sources)
                }
                continue
            }
            var plainRules = group.rules.map { plainHTTPRule($0) }
            if namespace == rootNamespace, !hasRootRule, case .redirectToHTTPS(let code) = server.rootPlainHTTP {
                plainRules.append(shared.catchAllRedirect(code))
            }
            emitHTTP(name, unhashed: base, namespace, hostnames, attachments.http, plainRules, sources)
        }
    }

    /// A host whose every rule is gRPC, with a certificate: when the controller redirected all
    /// of its plain-HTTP requests, its HTTP listener gets the catch-all redirect (a GRPCRoute
    /// cannot redirect), in the creating Ingress's namespace when it has rules there.
    mutating func emitGRPCOnlyRedirect(for server: ServerIR, groups: [RouteGroupIR], first: RouteGroupIR, ir: TranslationIR, http: [ParentRef]) {
        guard case .redirectToHTTPS(let code) = server.rootPlainHTTP, groups.allSatisfy({ $0.rules.allSatisfy { $0.plainHTTP != .serve } }) else { return }
        let creator = ir.ingresses[server.creatorIndex].meta.namespace
        let group = groups.first { $0.key.namespace == creator } ?? first
        let sources = RouteSources(
            all: group.rules.map { SourceRef(object: $0.source.object, location: ir.ingresses[$0.source.ingressIndex].location) }.sortedUnique())
        let name = routeName(server.key, namespace: group.key.namespace)
        let base = Self.routeBaseName(server.key)
        emitHTTP(name, unhashed: base, group.key.namespace, server.hostnames, http, [shared.catchAllRedirect(code)], sources)
    }

    /// The rule as an HTTPS request sees it: with the host's HTTPS-only response headers.
    mutating func httpsRule(_ rule: RouteRuleIR, headers: [HeaderValue]) -> HTTPRouteRule {
        guard !headers.isEmpty, !rule.isRedirect else { return rule.routeRule }
        var copy = rule
        let hasModifier = rule.filters.contains { if case .responseHeaderModifier = $0 { return true } else { return false } }
        if hasModifier {
            for header in headers { copy.setResponseHeader(header.name, header.value) }
        } else {
            copy.filters.append(shared.responseModifier(headers))
            copy.filters.sort { $0.order < $1.order }
        }
        return copy.routeRule
    }

    /// The rule as a plain-HTTP request sees it: itself, or a redirect with the same match.
    mutating func plainHTTPRule(_ rule: RouteRuleIR) -> HTTPRouteRule {
        guard case .redirectToHTTPS(let code) = rule.plainHTTP else { return rule.routeRule }
        return HTTPRouteRule(matches: [rule.match], filters: shared.httpsRedirect(code))
    }

    static func redirectCode(_ server: ServerIR, _ rules: [RouteRuleIR]) -> Int {
        if case .redirectToHTTPS(let code) = server.rootPlainHTTP { return code }
        for rule in rules { if case .redirectToHTTPS(let code) = rule.plainHTTP { return code } }
        return 308
    }

    /// Emits a host's plain-HTTP route (`<name>-http`); its name before collision hashing is
    /// the same string when the name was not hashed.
    mutating func emitHTTP(
        _ name: String, unhashed: String, _ namespace: String, _ hostnames: [String], _ parents: [ParentRef],
        _ rules: [HTTPRouteRule], _ sources: RouteSources
    ) {
        let httpName = name + "-http"
        emit(httpName, unhashed: name == unhashed ? httpName : unhashed + "-http", namespace, hostnames, parents, rules, sources)
    }

    /// Emits a route, split into several when it has more rules, hostnames or parents than
    /// Gateway API allows (``RouteLimits``); each part names the sources of its own rules.
    mutating func emit(
        _ name: String, unhashed: String, _ namespace: String, _ hostnames: [String], _ parents: [ParentRef],
        _ rules: [HTTPRouteRule], _ sources: RouteSources
    ) {
        // Parents in the route's own namespace drop the namespace; otherwise the list is shared
        // as it is (thousands of routes point at the same few parents).
        let parentRefs = !parents.contains { $0.namespace == namespace } ? parents : parents.map { parent -> ParentRef in
            var local = parent
            if local.namespace == namespace { local.namespace = nil }
            return local
        }
        let chunks = RouteLimits.chunks(rules.count, size: Self.maxRulesPerRoute)
        let hostGroups = RouteLimits.hostGroups(hostnames, parents: parentRefs, maxHostnames: RouteLimits.maxHostnames)
        if let first = sources.all.first {
            reportSplit("HTTPRoute", namespace, name, rules: rules.count, ruleChunks: chunks.count, hostnames: hostnames.count, parents: parentRefs.count, hostGroups: hostGroups.count, at: first)
        }
        for (groupIndex, group) in hostGroups.enumerated() {
            for (index, chunk) in chunks.enumerated() {
                let part = groupIndex * chunks.count + index
                var meta = OutputMeta(name: RouteLimits.partName(name, index: part), namespace: namespace)
                meta.sources = chunks.count == 1 ? sources.all : sources.of(chunk)
                objects.httpRoutes.append(HTTPRoute(meta: meta, parentRefs: group.parents, hostnames: group.hostnames, rules: Array(rules[chunk])))
                unhashedRouteNames.append(RouteLimits.partName(unhashed, index: part))
            }
        }
    }

    /// Reports a route split over several: by rules (more than 16), and by hostnames (more
    /// than 16 names, or more than 32 parents).
    mutating func reportSplit(
        _ kind: String, _ namespace: String, _ name: String, rules: Int, ruleChunks: Int, hostnames: Int, parents: Int, hostGroups: Int,
        maxHostnames: Int = RouteLimits.maxHostnames, at source: SourceRef
    ) {
        if ruleChunks > 1 {
            findings.add(
                Finding(
                    .routeSplit, object: source.object, at: source.location,
                    message: "\(kind) \(namespace)/\(name) would have \(rules) rules; it was split into \(ruleChunks) routes of at most \(Self.maxRulesPerRoute)"))
        }
        if hostGroups > 1 {
            findings.add(
                Finding(
                    .routeSplit, object: source.object, at: source.location,
                    message: "\(kind) \(namespace)/\(name) would have \(hostnames) hostnames and \(parents) parentRefs (the host and its aliases); its hostnames were split over \(hostGroups) groups of routes, each with at most \(maxHostnames) hostnames and \(RouteLimits.maxParents) parentRefs"))
        }
    }

    static let maxRulesPerRoute = RouteLimits.maxRules

    /// The route name for a host in a namespace: the host's slug, unless another host of the
    /// namespace has the same slug (another Gateway's route for the same host, or `*.a.com`
    /// and `wildcard.a.com`): then each gets a hash of its Gateway and host.
    func routeName(_ server: ServerKey, namespace: String) -> String {
        let base = Self.routeBaseName(server)
        guard sharedRouteNames.contains(RouteNameKey(namespace: namespace, name: base)) else { return base }
        return ObjectNaming.fit(base + "-" + StableHash.hex("\(server.gateway)/\(server.host)"), limit: ObjectNaming.maxNameLength - 20)
    }
}

extension OutputBuilder {
    static func routeBaseName(_ server: ServerKey) -> String {
        ObjectNaming.fit(ObjectNaming.hostSlug(server.host), limit: ObjectNaming.maxNameLength - 20)
    }
}

/// The input objects a route comes from: all of them, sorted, and each rule's, in rule order
/// (rules added after the group's own, such as a catch-all redirect, have none of their own).
/// The parts of a split route name only the sources of their own rules: listing every source
/// of a host with thousands of paths on each of its hundreds of parts would grow the output
/// with the square of the paths.
struct RouteSources {
    var all: [SourceRef]
    var perRule: [SourceRef] = []

    /// The sources of the rules at `range`: their own, or all of them when none has its own.
    func of(_ range: Range<Int>) -> [SourceRef] {
        let own = range.clamped(to: perRule.indices)
        guard !own.isEmpty else { return all }
        return perRule[own].sortedUnique()
    }
}

/// A route name within a namespace, used to find hosts of different Gateways that would share
/// a route name.
struct RouteNameKey: Hashable {
    var namespace: String
    var name: String
}
