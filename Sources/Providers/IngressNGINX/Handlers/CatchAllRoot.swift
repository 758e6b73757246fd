import MigrationCore

extension RouteRuleIR {
    /// Whether the rule is the catch-all server's root, served by the default backend of an
    /// Ingress without rules. The controller keeps that location's own redirect and rewrite
    /// settings whatever the Ingress's annotations say: no redirect, no rewrite, no regex mode,
    /// no HTTPS redirect.
    func isCatchAllRoot(of server: ServerKey) -> Bool {
        server.host.isEmpty && source.ingressPathType == "defaultBackend"
    }
}
