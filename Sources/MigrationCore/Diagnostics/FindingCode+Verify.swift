/// Codes raised by `i2gw verify` (and `print --verify`).
extension FindingCode {
    /// A request the generated Gateway API objects answer differently from the controller.
    public static let verifyDifference = FindingCode(
        "I2GW-VERIFY-DIFFERENCE", .error,
        "A probe request gets a different outcome from the generated Gateway API objects than from the ingress controller.")
    /// Requests whose difference another finding of the report already describes.
    public static let verifyExplained = FindingCode(
        "I2GW-VERIFY-EXPLAINED", .info,
        "Probe requests differ exactly as another finding of the report already says; they are counted there, not reported again.")
    /// A user-written probe whose expected outcome the Gateway does not give.
    public static let verifyProbeMismatch = FindingCode(
        "I2GW-VERIFY-PROBE-MISMATCH", .error,
        "A probe from the --probes file does not get its expected outcome from the generated Gateway API objects.")

    /// Every verify code.
    public static let verifyCatalog: [FindingCode] = [.verifyDifference, .verifyExplained, .verifyProbeMismatch]
}
