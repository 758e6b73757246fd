import MigrationCore

/// `custom-headers: <namespace>/<configmap>`: the ConfigMap's entries become response headers
/// of every answer of the Ingress's locations, values taken literally (a `$` is sent as is)
/// (annotations.md, "Custom Headers").
///
/// The controller accepts the ConfigMap only when it exists under exactly that
/// `namespace/name`, every key is a header name of letters, digits, `-` and `_`, every value
/// uses the characters the controller allows, and every key is listed in the ConfigMap key
/// `global-allowed-response-headers` (empty by default). Otherwise it *denies* the Ingress's
/// locations: they answer 503 before anything else happens to the request.
public struct CustomHeadersStep: NGINXAnnotationStep {
    /// Creates the step.
    public init() {}

    /// Reads the ConfigMap the annotation names.
    public func configure(_ settings: inout NGINXLocationSettings, from ingress: Ingress, context: NGINXConfigurationContext) {
        let annotations = NGINXAnnotations(ingress)
        guard let name = annotations.string("custom-headers") else { return }
        settings.sources["custom-headers"] = annotations.locations("custom-headers")
        guard let configMap = context.configMaps.first(where: { "\($0.namespace)/\($0.name)" == name }) else {
            settings.denied = "ConfigMap \(name) of custom-headers does not exist"
            return
        }
        var headers: [HTTPHeader] = []
        for key in configMap.data.keys.sorted() {
            let value = configMap.data[key]!.value
            guard !key.isEmpty, key.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" }),
                !value.isEmpty, value.allSatisfy({ $0.isASCIILetterOrDigit || Self.valueCharacters.contains($0) })
            else {
                settings.denied = "ConfigMap \(name) of custom-headers has a header the controller rejects (\(key))"
                return
            }
            guard context.controller.allowedResponseHeaders.contains(key) else {
                settings.denied = "header \(key) of custom-headers is not in the controller's global-allowed-response-headers"
                return
            }
            headers.append(HTTPHeader(key, value))
        }
        settings.customHeaders = headers
    }

    /// Answers a denied location with 503; otherwise adds the headers to the response.
    public func process(_ processing: inout NGINXRequestProcessing) {
        let settings = processing.location.settings
        if let reason = settings.denied {
            processing.answer = .response(statusCode: 503, reason: "the controller denies the location: \(reason)")
            processing.decided(by: "custom-headers")
            return
        }
        guard !settings.customHeaders.isEmpty else { return }
        processing.responseHeaderEdits += settings.customHeaders.map { .set($0.name, $0.value) }
        processing.decided(by: "custom-headers")
    }

    /// The characters besides letters and digits a custom header value may hold.
    static let valueCharacters = Set("_ :;.,\\/\"'?!(){}[]@<>=-+*#$&`|~^%")
}
