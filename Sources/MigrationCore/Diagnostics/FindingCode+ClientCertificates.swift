/// Codes raised when client-certificate validation (mutual TLS) moves to a Gateway.
extension FindingCode {
    /// Hosts of one Gateway disagree about client-certificate validation.
    public static let clientCertificateScope = FindingCode(
        "I2GW-CLIENT-CERT-SCOPE", .error,
        "Hosts served by one Gateway ask for different client-certificate validation (or some for none); Gateway API validates per Gateway port, not per host, so it was not applied and the hosts that asked accept clients without a certificate.")
    /// The CA bundle must be copied into a ConfigMap.
    public static let clientCertificateCAConfigMap = FindingCode(
        "I2GW-CLIENT-CERT-CA-CONFIGMAP", .warning,
        "Client-certificate validation refers to a ConfigMap with the CA bundle (key ca.crt), which must be created from the Secret the controller read; until it exists the Gateway's HTTPS listeners are not accepted.")
    /// A host asked for client certificates but gets no HTTPS listener.
    public static let clientCertificateWithoutHTTPS = FindingCode(
        "I2GW-CLIENT-CERT-NO-HTTPS", .warning,
        "A host asked for client-certificate validation but the Gateway has no HTTPS listener for it (no certificate, or TLS passed through), so there is nothing to validate.")

    /// The codes above, for ``coreCatalog``.
    static let clientCertificateCatalog: [FindingCode] = [
        .clientCertificateScope, .clientCertificateCAConfigMap, .clientCertificateWithoutHTTPS,
    ]
}
