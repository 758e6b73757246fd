import MigrationCore

/// `permanent-redirect`, `temporal-redirect`, their codes, and `from-to-www-redirect`
/// (annotations.md, "Permanent Redirect", "Temporal Redirect", "Redirect from/to www").
///
/// The controller reads `temporal-redirect` first: when set, it wins, with
/// `temporal-redirect-code` if that is between 300 and 307, else 302. Otherwise
/// `permanent-redirect` with `permanent-redirect-code` if between 300 and 308, else 301. The
/// URL must be `http(s)://…` made of the characters the controller allows. The location then
/// answers every request with `return <code> <url>`: the URL exactly as written, the
/// request's path and query not appended, before the HTTPS redirect. nginx sends a
/// `Location` only for 301, 302, 303, 307 and 308; other codes answer with the URL as text.
///
/// `from-to-www-redirect` is only read here; the server it adds is ``NGINXServerNames``'s.
public struct RedirectAnnotationStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the redirect group.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        if annotations.bool("from-to-www-redirect") == true {
            settings.fromToWWW = true
            settings.sources["from-to-www-redirect"] = annotations.locations("from-to-www-redirect")
        }
        let temporal = annotations.string("temporal-redirect").flatMap(Self.validURL)
        if annotations.annotation("temporal-redirect-code") != nil, annotations.int("temporal-redirect-code") == nil, temporal != nil { return }
        if let temporal {
            let code = annotations.int("temporal-redirect-code").flatMap { (300...307).contains($0) ? $0 : nil } ?? 302
            settings.redirect = .init(url: temporal, code: code)
            settings.sources["temporal-redirect"] = annotations.locations("temporal-redirect") + annotations.locations("temporal-redirect-code")
            return
        }
        guard let permanent = annotations.string("permanent-redirect").flatMap(Self.validURL) else { return }
        if annotations.annotation("permanent-redirect-code") != nil, annotations.int("permanent-redirect-code") == nil { return }
        let code = annotations.int("permanent-redirect-code").flatMap { (300...308).contains($0) ? $0 : nil } ?? 301
        settings.redirect = .init(url: permanent, code: code)
        settings.sources["permanent-redirect"] = annotations.locations("permanent-redirect") + annotations.locations("permanent-redirect-code")
    }

    /// Answers with the redirect.
    public func process(_ processing: inout NGINXRequestProcessing) {
        guard let redirect = processing.location.settings.redirect else { return }
        if [301, 302, 303, 307, 308].contains(redirect.code) {
            processing.answer = .redirect(statusCode: redirect.code, location: redirect.url)
        } else {
            processing.answer = .response(statusCode: redirect.code, reason: "the redirect annotation's code \(redirect.code) sends the URL as text, without a Location")
        }
        processing.decided(by: "temporal-redirect", "permanent-redirect")
    }

    /// The URL when the controller accepts it: only letters, digits and `-._~/:,?&=`, with a
    /// scheme that starts with `http`.
    static func validURL(_ url: String) -> String? {
        guard url.allSatisfy({ $0.isASCIILetterOrDigit || "-._~/:,?&=".contains($0) }), let colon = url.firstIndex(of: ":"),
            url[..<colon].lowercased().hasPrefix("http")
        else { return nil }
        return url
    }
}
