/// Codes raised by `i2gw diff` and `convert --dry-run` about the manifests compared against.
extension FindingCode {
    /// A Kubernetes object without a name in the manifests compared against.
    public static let diffUnnamedObject = FindingCode(
        "I2GW-DIFF-UNNAMED-OBJECT", .warning,
        "An object in the manifests compared against has no metadata.name, so it cannot be matched; it is not compared.")
    /// One object defined more than once in the manifests compared against.
    public static let diffDuplicateObject = FindingCode(
        "I2GW-DIFF-DUPLICATE-OBJECT", .warning,
        "The manifests compared against define one object (group, kind, namespace, name) more than once; the last definition is compared, as applying the files in order would leave it.")
    /// A Gateway API CRD the cluster does not have, for a kind the migration does not generate.
    public static let diffCRDNotInstalled = FindingCode(
        "I2GW-DIFF-CRD-NOT-INSTALLED", .info,
        "The cluster has no CRD for a Gateway API kind that the migration does not generate; nothing of that kind is read from the cluster.")

    /// Every diff code.
    public static let diffCatalog: [FindingCode] = [.diffUnnamedObject, .diffDuplicateObject, .diffCRDNotInstalled]
}
