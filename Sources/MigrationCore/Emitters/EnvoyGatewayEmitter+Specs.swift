import YAMLKit

extension EnvoyGatewayEmitter {
    /// The SecurityPolicy spec for address lists and authentication, or nil when none applies.
    func securitySpec(_ intents: [SourcedIntent], refs: YAMLValue, findings: inout FindingList) -> YAMLValue? {
        var spec = MappingBuilder()
        spec.add("targetRefs", refs)
        var any = false
        for sourced in intents {
            switch sourced.intent {
            case .clientAddresses(let allow, let deny):
                // nginx checks deny entries first, then allow entries, then denies the rest when
                // an allow-list exists.
                var rules: [YAMLValue] = []
                if !deny.isEmpty { rules.append(rule("Deny", deny)) }
                if !allow.isEmpty { rules.append(rule("Allow", allow)) }
                spec.add("authorization", YAMLValue.mapping([
                    .init("defaultAction", .string(allow.isEmpty ? "Allow" : "Deny")), .init("rules", .sequence(rules)),
                ]))
                findings.add(approximated(sourced, "Envoy Gateway sees the client address of the TCP connection unless ClientTrafficPolicy clientIPDetection is set; make it match how ingress-nginx was reached (use-forwarded-headers, PROXY protocol)"))
                any = true
            case .basicAuth(let secret):
                spec.add("basicAuth", YAMLValue.mapping([.init("users", .mapping([.init("name", .string(secret))]))]))
                findings.add(approximated(sourced, "Envoy Gateway reads the users from key .htpasswd of Secret \(secret) and accepts only SHA-1 ({SHA}) hashes; ingress-nginx's auth file (key auth, usually apr1 or bcrypt) must be re-hashed into it"))
                any = true
            case .externalAuth(let service, let path, let headers):
                var http = MappingBuilder()
                var backend = MappingBuilder()
                backend.add("name", service.name)
                backend.add("namespace", service.namespace)
                backend.add("port", service.port)
                http.add("backendRefs", .sequence([backend.value]))
                http.add("path", path == "/" ? nil : path)
                http.add("headersToBackend", strings: headers)
                spec.add("extAuth", YAMLValue.mapping([.init("http", http.value)]))
                findings.add(approximated(sourced, "the auth service receives the request's own method and path under \(path) and only some headers (add Cookie with headersToExtAuth if it authenticates by cookie); auth-signin redirects have no equivalent"))
                any = true
            case .requestBodyLimit, .rateLimit:
                continue
            }
        }
        return any ? spec.value : nil
    }

    /// The BackendTrafficPolicy spec for body and rate limits, or nil when none applies.
    func trafficSpec(_ intents: [SourcedIntent], refs: YAMLValue, findings: inout FindingList) -> YAMLValue? {
        var spec = MappingBuilder()
        spec.add("targetRefs", refs)
        var any = false
        for sourced in intents {
            switch sourced.intent {
            case .requestBodyLimit(let bytes):
                spec.add("requestBuffer", YAMLValue.mapping([.init("limit", .string(Self.quantity(bytes)))]))
                findings.add(approximated(sourced, "Envoy Gateway buffers the whole request body to enforce the limit"))
                any = true
            case .rateLimit(let requests, let seconds):
                let limit = YAMLValue.mapping([.init("requests", .int(requests)), .init("unit", .string(seconds == 1 ? "Second" : "Minute"))])
                spec.add("rateLimit", YAMLValue.mapping([
                    .init("type", .string("Local")),
                    .init("local", .mapping([.init("rules", .sequence([.mapping([.init("limit", limit)])]))])),
                ]))
                findings.add(approximated(sourced, "a local Envoy Gateway rate limit is shared by all clients of each Envoy replica and answers 429; ingress-nginx counted per client address and answered 503"))
                any = true
            case .clientAddresses, .basicAuth, .externalAuth:
                continue
            }
        }
        return any ? spec.value : nil
    }

    private func rule(_ action: String, _ cidrs: [String]) -> YAMLValue {
        .mapping([.init("action", .string(action)), .init("principal", .mapping([.init("clientCIDRs", .sequence(cidrs.map { .string($0) }))]))])
    }

    private func approximated(_ sourced: SourcedIntent, _ difference: String) -> Finding {
        Finding(.intentApproximated, object: sourced.object, at: sourced.location, message: "\(sourced.intent.summary) carried by Envoy Gateway: \(difference)")
    }

    /// A byte count as a Kubernetes quantity (`Ki`, `Mi`, `Gi` when exact).
    static func quantity(_ bytes: Int) -> String {
        for (unit, size) in [("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)] where bytes >= size && bytes % size == 0 {
            return "\(bytes / size)\(unit)"
        }
        return String(bytes)
    }
}
