import YAMLKit

extension ObjectEncoder {
    func encode(_ filter: HTTPRouteFilter) -> YAMLValue {
        var entry = MappingBuilder()
        switch filter {
        case .requestRedirect(let redirect):
            entry.add("type", "RequestRedirect")
            var body = MappingBuilder()
            body.add("scheme", redirect.scheme)
            body.add("hostname", redirect.hostname)
            body.add("path", redirect.path.map(encode))
            body.add("port", redirect.port)
            body.add("statusCode", redirect.statusCode)
            entry.add("requestRedirect", body.value)
        case .urlRewrite(let rewrite):
            entry.add("type", "URLRewrite")
            var body = MappingBuilder()
            body.add("hostname", rewrite.hostname)
            body.add("path", rewrite.path.map(encode))
            entry.add("urlRewrite", body.value)
        case .requestHeaderModifier(let modifier):
            entry.add("type", "RequestHeaderModifier")
            entry.add("requestHeaderModifier", encode(modifier))
        case .responseHeaderModifier(let modifier):
            entry.add("type", "ResponseHeaderModifier")
            entry.add("responseHeaderModifier", encode(modifier))
        case .requestMirror(let mirror):
            entry.add("type", "RequestMirror")
            var body = MappingBuilder()
            var backend = mirror.backend
            backend.weight = nil
            body.add("backendRef", encode(backend))
            body.add("percent", mirror.percent.map { Int($0.rounded()) })
            entry.add("requestMirror", body.value)
        case .cors(let policy):
            entry.add("type", "CORS")
            entry.add("cors", encode(policy))
        }
        return entry.value
    }

    func encode(_ policy: CORSPolicy) -> YAMLValue {
        var body = MappingBuilder()
        body.add("allowOrigins", strings: policy.allowOrigins)
        body.add("allowMethods", strings: policy.allowMethods)
        body.add("allowHeaders", strings: policy.allowHeaders)
        body.add("exposeHeaders", strings: policy.exposeHeaders)
        body.add("maxAge", policy.maxAge)
        body.add("allowCredentials", policy.allowCredentials)
        return body.value
    }

    func encode(_ path: PathModifier) -> YAMLValue {
        switch path {
        case .replaceFullPath(let value):
            return .mapping([.init("type", .string("ReplaceFullPath")), .init("replaceFullPath", .string(value))])
        case .replacePrefixMatch(let value):
            return .mapping([.init("type", .string("ReplacePrefixMatch")), .init("replacePrefixMatch", .string(value))])
        }
    }

    func encode(_ modifier: HeaderModifier) -> YAMLValue {
        var body = MappingBuilder()
        let pairs = { (values: [HeaderValue]) -> YAMLValue in
            .sequence(values.map { .mapping([.init("name", .string($0.name)), .init("value", .string($0.value))]) })
        }
        body.add("set", pairs(modifier.set))
        body.add("add", pairs(modifier.add))
        body.add("remove", strings: modifier.remove)
        return body.value
    }
}
