import MigrationCore

/// Every finding code the tool can raise, core and providers: the source of
/// `docs/findings.md` and of the SARIF report's rules.
public enum FindingCatalog {
    /// The codes by who raises them: the provider-neutral core first, then each provider.
    public static var groups: [(name: String, codes: [FindingCode])] {
        [("core", FindingCode.coreCatalog.sorted()), ("ingress-nginx", IngressNGINXProvider.findingCodes.sorted())]
    }

    /// All codes, sorted, without duplicates.
    public static var all: [FindingCode] {
        Array(Set(groups.flatMap(\.codes))).sorted()
    }
}
