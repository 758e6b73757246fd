import YAMLKit

extension ObjectEncoder {
    func encode(_ filter: HTTPRouteFilter, into tape: inout YAMLTape) {
        tape.mapping { entry in
            switch filter {
            case .requestRedirect(let redirect):
                entry.add("type", "RequestRedirect")
                entry.add("requestRedirect") { body in
                    body.add("scheme", redirect.scheme)
                    body.add("hostname", redirect.hostname)
                    if let path = redirect.path { body.add("path") { encode(path, into: &$0) } }
                    body.add("port", redirect.port)
                    body.add("statusCode", redirect.statusCode)
                }
            case .urlRewrite(let rewrite):
                entry.add("type", "URLRewrite")
                entry.add("urlRewrite") { body in
                    body.add("hostname", rewrite.hostname)
                    if let path = rewrite.path { body.add("path") { encode(path, into: &$0) } }
                }
            case .requestHeaderModifier(let modifier):
                entry.add("type", "RequestHeaderModifier")
                entry.add("requestHeaderModifier") { encode(modifier, into: &$0) }
            case .responseHeaderModifier(let modifier):
                entry.add("type", "ResponseHeaderModifier")
                entry.add("responseHeaderModifier") { encode(modifier, into: &$0) }
            case .requestMirror(let mirror):
                entry.add("type", "RequestMirror")
                entry.add("requestMirror") { body in
                    var backend = mirror.backend
                    backend.weight = nil
                    body.entryUnlessEmpty("backendRef") { encode(backend, into: &$0) }
                    body.add("percent", mirror.percent.map { Int($0.rounded()) })
                }
            case .cors(let policy):
                entry.add("type", "CORS")
                entry.add("cors") { encode(policy, into: &$0) }
            }
        }
    }

    /// The entries of a CORS filter.
    func encode(_ policy: CORSPolicy, into body: inout YAMLTape) {
        body.add("allowOrigins", strings: policy.allowOrigins)
        body.add("allowMethods", strings: policy.allowMethods)
        body.add("allowHeaders", strings: policy.allowHeaders)
        body.add("exposeHeaders", strings: policy.exposeHeaders)
        body.add("maxAge", policy.maxAge)
        body.add("allowCredentials", policy.allowCredentials)
    }

    /// The entries of a path modifier (`type` and the replacement).
    func encode(_ path: PathModifier, into body: inout YAMLTape) {
        switch path {
        case .replaceFullPath(let value):
            body.add("type", "ReplaceFullPath")
            body.add("replaceFullPath", value)
        case .replacePrefixMatch(let value):
            body.add("type", "ReplacePrefixMatch")
            body.add("replacePrefixMatch", value)
        }
    }

    /// The entries of a header modifier.
    func encode(_ modifier: HeaderModifier, into body: inout YAMLTape) {
        let pair = { (tape: inout YAMLTape, header: HeaderValue) in
            tape.mapping { item in
                item.add("name", header.name)
                item.add("value", header.value)
            }
        }
        body.add("set", each: modifier.set, pair)
        body.add("add", each: modifier.add, pair)
        body.add("remove", strings: modifier.remove)
    }
}
