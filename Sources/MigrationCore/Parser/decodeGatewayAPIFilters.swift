import YAMLKit

extension NodeReader {
    /// Reads a filter. `ExtensionRef` and types this tool does not model are reported by
    /// skipping the route: an implementation answers requests through an unresolvable filter
    /// with an error, so dropping only the filter would change behaviour.
    func decodeFilter(_ node: Node, field: String) throws -> HTTPRouteFilter {
        let type = try requiredString(node, "type", field: "\(field).type")
        switch type {
        case "RequestHeaderModifier":
            return .requestHeaderModifier(try decodeHeaderModifier(try requiredChild(node, "requestHeaderModifier"), field: "\(field).requestHeaderModifier"))
        case "ResponseHeaderModifier":
            return .responseHeaderModifier(try decodeHeaderModifier(try requiredChild(node, "responseHeaderModifier"), field: "\(field).responseHeaderModifier"))
        case "RequestRedirect":
            let body = try requiredChild(node, "requestRedirect")
            let name = "\(field).requestRedirect"
            var redirect = RequestRedirect(
                scheme: try optionalString(body, "scheme", field: "\(name).scheme")?.value,
                hostname: try optionalString(body, "hostname", field: "\(name).hostname")?.value)
            if let port = child(body, "port") { redirect.port = try integer(port, "\(name).port") }
            if let status = child(body, "statusCode") { redirect.statusCode = try integer(status, "\(name).statusCode") }
            if let path = child(body, "path") { redirect.path = try decodePathModifier(path, field: "\(name).path") }
            return .requestRedirect(redirect)
        case "URLRewrite":
            let body = try requiredChild(node, "urlRewrite")
            var rewrite = URLRewrite(hostname: try optionalString(body, "hostname", field: "\(field).urlRewrite.hostname")?.value)
            if let path = child(body, "path") { rewrite.path = try decodePathModifier(path, field: "\(field).urlRewrite.path") }
            return .urlRewrite(rewrite)
        case "RequestMirror":
            let body = try requiredChild(node, "requestMirror")
            var mirror = RequestMirror(backend: try decodeBackendRef(try requiredChild(body, "backendRef"), field: "\(field).requestMirror.backendRef"))
            if let percent = child(body, "percent") { mirror.percent = Double(try integer(percent, "\(field).requestMirror.percent")) }
            if let fraction = child(body, "fraction") {
                let numerator = try integer(try requiredChild(fraction, "numerator"), "\(field).requestMirror.fraction.numerator")
                let denominator = try child(fraction, "denominator").map { try integer($0, "\(field).requestMirror.fraction.denominator") } ?? 100
                mirror.percent = denominator == 0 ? 0 : Double(numerator) * 100 / Double(denominator)
            }
            return .requestMirror(mirror)
        case "CORS":
            return .cors(try decodeCORS(try requiredChild(node, "cors"), field: "\(field).cors"))
        default:
            throw ObjectShapeError(location: location(node), message: "\(field).type \"\(type)\" is a filter this tool does not model")
        }
    }

    private func decodeHeaderModifier(_ node: Node, field: String) throws -> HeaderModifier {
        var modifier = HeaderModifier()
        for key in ["set", "add"] {
            guard let list = child(node, key) else { continue }
            let values = try sequence(list, "\(field).\(key)").enumerated().map { index, item in
                HeaderValue(
                    name: try requiredString(item, "name", field: "\(field).\(key)[\(index)].name"),
                    value: try requiredString(item, "value", field: "\(field).\(key)[\(index)].value"))
            }
            if key == "set" { modifier.set = values } else { modifier.add = values }
        }
        if let remove = child(node, "remove") {
            modifier.remove = try sequence(remove, "\(field).remove").enumerated().map { index, item in
                try string(item, "\(field).remove[\(index)]")
            }
        }
        return modifier
    }

    private func decodePathModifier(_ node: Node, field: String) throws -> PathModifier {
        let type = try requiredString(node, "type", field: "\(field).type")
        switch type {
        case "ReplaceFullPath": return .replaceFullPath(try optionalString(node, "replaceFullPath", field: "\(field).replaceFullPath")?.value ?? "")
        case "ReplacePrefixMatch":
            return .replacePrefixMatch(try optionalString(node, "replacePrefixMatch", field: "\(field).replacePrefixMatch")?.value ?? "")
        default:
            throw ObjectShapeError(location: location(node), message: "\(field).type \"\(type)\" is not ReplaceFullPath or ReplacePrefixMatch")
        }
    }

    private func decodeCORS(_ node: Node, field: String) throws -> CORSPolicy {
        func strings(_ key: String) throws -> [String] {
            guard let list = child(node, key) else { return [] }
            return try sequence(list, "\(field).\(key)").enumerated().map { index, item in try string(item, "\(field).\(key)[\(index)]") }
        }
        var policy = CORSPolicy(
            allowOrigins: try strings("allowOrigins"), allowMethods: try strings("allowMethods"),
            allowHeaders: try strings("allowHeaders"), exposeHeaders: try strings("exposeHeaders"))
        if let maxAge = child(node, "maxAge") { policy.maxAge = try integer(maxAge, "\(field).maxAge") }
        if let credentials = child(node, "allowCredentials") {
            guard case .bool(let value)? = credentials.resolved else {
                throw ObjectShapeError(location: location(credentials), message: "\(field).allowCredentials must be true or false")
            }
            policy.allowCredentials = value
        }
        return policy
    }
}
