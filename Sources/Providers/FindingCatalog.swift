import MigrationCore

/// Every finding code the tool can raise, core and providers, sorted by code: the source of
/// `docs/findings.md`.
public enum FindingCatalog {
    /// All codes, sorted, without duplicates.
    public static var all: [FindingCode] {
        Array(Set(FindingCode.coreCatalog + IngressNGINXProvider.findingCodes)).sorted()
    }
}
