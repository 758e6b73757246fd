import MigrationCore

/// `enable-cors` and the `cors-*` keys (annotations.md, "Enable CORS"), as the template's CORS
/// block runs them in the location, before the redirect annotations and the HTTPS redirect:
///
/// - With the default origin `*`, *every* request gets the CORS headers, with
///   `Access-Control-Allow-Origin: *`. With a list, a request whose `Origin` matches one
///   entry gets them, the origin echoed; entries match case-insensitively at the end of the
///   value, a `*` standing for one label of letters, digits and `-`.
/// - The headers: `-Allow-Origin`, `-Allow-Credentials: true` (when on, the default),
///   `-Allow-Methods`, `-Allow-Headers`, `-Expose-Headers` (when set) and `-Max-Age`.
/// - An `OPTIONS` request that gets them is answered 204 by the controller itself; any other
///   `OPTIONS` request is proxied.
public struct CORSStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the keys; a value the controller rejects keeps the default.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        guard annotations.bool("enable-cors") == true else { return }
        var cors = NGINXCORSSettings()
        // A value the annotation's validator rejects as a whole means the default `*`;
        // otherwise entries the parser does not accept are skipped.
        if let origins = annotations.string("cors-allow-origin"),
            CORSOriginSyntax.isValidValue(String(origins.filter { $0 != " " }))
        {
            let entries = NGINXControllerSettings.commaList(origins)
            cors.allowOrigins = entries.contains("*") ? ["*"] : entries.filter(Self.isOrigin)
        }
        if let methods = annotations.string("cors-allow-methods"), CORSListSyntax.isValidMethods(methods) { cors.allowMethods = methods }
        if let headers = annotations.string("cors-allow-headers"), CORSListSyntax.isValidHeaders(headers) { cors.allowHeaders = headers }
        if let expose = annotations.string("cors-expose-headers"), CORSListSyntax.isValidExposedHeaders(expose) {
            cors.exposeHeaders = expose
        }
        if let credentials = annotations.bool("cors-allow-credentials") { cors.allowCredentials = credentials }
        if let maxAge = annotations.int("cors-max-age") { cors.maxAge = maxAge }
        settings.cors = cors
        for key in ["enable-cors", "cors-allow-origin", "cors-allow-methods", "cors-allow-headers", "cors-expose-headers", "cors-allow-credentials", "cors-max-age"] {
            let locations = annotations.locations(key)
            if !locations.isEmpty { settings.sources[key] = locations }
        }
    }

    /// Answers an `OPTIONS` request that gets the headers; adds them to other responses.
    public func process(_ processing: inout NGINXRequestProcessing) {
        guard let cors = processing.location.settings.cors, let origin = Self.allowedOrigin(cors, processing.request.header("Origin")) else { return }
        var headers = [HTTPHeader("Access-Control-Allow-Origin", origin)]
        if cors.allowCredentials { headers.append(HTTPHeader("Access-Control-Allow-Credentials", "true")) }
        headers.append(HTTPHeader("Access-Control-Allow-Methods", cors.allowMethods))
        headers.append(HTTPHeader("Access-Control-Allow-Headers", cors.allowHeaders))
        if !cors.exposeHeaders.isEmpty { headers.append(HTTPHeader("Access-Control-Expose-Headers", cors.exposeHeaders)) }
        headers.append(HTTPHeader("Access-Control-Max-Age", String(cors.maxAge)))
        processing.decided(by: "enable-cors", "cors-allow-origin", "cors-allow-methods", "cors-allow-headers", "cors-expose-headers", "cors-allow-credentials", "cors-max-age")
        if processing.request.method == "OPTIONS" {
            processing.answer = .response(statusCode: 204, reason: "CORS preflight answered by the controller", headers: headers)
        } else {
            processing.responseHeaderEdits += headers.map { .set($0.name, $0.value) }
        }
    }

    /// The `Access-Control-Allow-Origin` value for a request, or nil when it gets no CORS
    /// headers: `*` under the default, the request's origin when it matches an entry.
    static func allowedOrigin(_ cors: NGINXCORSSettings, _ origin: String?) -> String? {
        if cors.allowOrigins == ["*"] { return "*" }
        guard let origin, !cors.allowOrigins.isEmpty else { return nil }
        return cors.originMatcher.matches(origin) ? origin : nil
    }

    /// An entry the controller accepts: `scheme://[*.]host[:port]`, or `null`.
    static func isOrigin(_ entry: String) -> Bool {
        CORSOriginSyntax.isValidEntry(entry)
    }

    /// The text with regular-expression metacharacters escaped (Go's `regexp.QuoteMeta`).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if #"\.+*?()|[]{}^$"#.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
