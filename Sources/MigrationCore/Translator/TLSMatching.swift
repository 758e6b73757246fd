/// Which certificate an Ingress gives its rule hosts, as ingress-nginx decides it.
///
/// Only the first Ingress (in controller order) that has a rule for the host *and* a
/// non-empty `spec.tls` decides the host's certificate, and only from its own TLS entries:
/// an entry whose `hosts` lists the host (ASCII case-insensitively) wins; otherwise the first
/// entry whose certificate's SANs cover the host; otherwise the host is served with the
/// controller's default certificate (and still counts as a TLS host, so plain HTTP is
/// redirected). The tool never reads Secret contents, so the SAN check is judged from the
/// entries: an entry with a wildcard host that covers the host, then one that lists no hosts,
/// then the first entry with a Secret, reported as an assumption.
enum TLSMatching {
    /// The outcome for one host.
    enum Choice {
        /// The host's certificate, and a finding when it was assumed rather than matched.
        case certificate(CertificateIR, assumption: String?)
        /// No entry can serve the host: the controller used its default certificate.
        case defaultCertificate
    }

    static func choose(for host: String, in ingress: Ingress, source: SourceRef, index: TLSIndex? = nil) -> Choice {
        let index = index ?? TLSIndex(ingress)
        if let exact = index.entryListing[host].map({ ingress.tls[$0] }) {
            if exact.usableSecretName == nil { return .defaultCertificate }
            return .certificate(certificate(exact, ingress, source), assumption: nil)
        }
        if let wildcard = index.entryCovering(host).map({ ingress.tls[$0] }) {
            return .certificate(certificate(wildcard, ingress, source), assumption: nil)
        }
        if let open = index.openEntry.map({ ingress.tls[$0] }) {
            return .certificate(certificate(open, ingress, source), assumption: nil)
        }
        if let first = index.firstEntryWithSecret.map({ ingress.tls[$0] }) {
            let secret = first.usableSecretName?.value ?? ""
            return .certificate(
                certificate(first, ingress, source),
                assumption: "no TLS entry of \(ingress.ref) lists host \(host); the controller used Secret \(secret) only if its certificate names the host, and its default certificate otherwise. The listener assumes \(secret) covers \(host)")
        }
        return .defaultCertificate
    }

    private static func certificate(_ entry: IngressTLS, _ ingress: Ingress, _ source: SourceRef) -> CertificateIR {
        let secret = entry.usableSecretName!
        return CertificateIR(
            secret: SecretRef(name: secret.value, namespace: ingress.meta.namespace), source: source,
            location: secret.location)
    }

    /// Whether a `*.` pattern covers a host with exactly one more label, as certificate
    /// wildcards and ingress-nginx's wildcard server names do.
    static func covers(_ pattern: String, _ host: String) -> Bool {
        guard pattern.hasPrefix("*.") else { return false }
        let suffix = pattern.dropFirst(1)
        guard host.hasSuffix(suffix) else { return false }
        let label = host.dropLast(suffix.count)
        return !label.isEmpty && !label.contains(".") && label != "*"
    }

    /// Reports TLS entries without a Secret, and TLS hosts that no host name the Ingress serves
    /// (its rule hosts, and names a provider added for them) uses.
    static func reportUnusedTLS(in ir: TranslationIR, findings: inout FindingList) {
        // Only Ingresses with TLS entries have anything to report, and of those only the ones
        // with a TLS host that is none of their own rule hosts need the host names served
        // through the servers (aliases, names a provider added): those are gathered for them
        // alone. Servers and Ingresses are read in place, by position.
        var ownHosts: [Int: Set<String>] = [:]
        let needsServed = ir.ingresses.indices.map { index -> Bool in
            let ingress = ir.ingresses[index]
            guard !ingress.tls.isEmpty else { return false }
            let hosts = Set(ingress.rules.lazy.filter { !$0.hostName.isEmpty }.map { $0.hostName.lowercased() })
            ownHosts[index] = hosts
            return ingress.tls.contains { entry in entry.hosts.contains { !hosts.contains($0.value.lowercased()) } }
        }
        for index in ownHosts.keys.sorted() where !needsServed[index] {
            reportUnusedTLS(ir.ingresses[index], ruleHosts: ownHosts[index]!, findings: &findings)
        }
        guard needsServed.contains(true) else { return }
        var served: [Int: Set<String>] = [:]
        for position in ir.servers.indices {
            let key = ir.servers.keys[position]
            guard !key.host.isEmpty else { continue }
            let creator = ir.servers.values[position].creatorIndex
            var indices: Set<Int> = needsServed.indices.contains(creator) && needsServed[creator] ? [creator] : []
            ir.forEachRule(of: key) { rule in
                let index = rule.source.ingressIndex
                if needsServed.indices.contains(index) && needsServed[index] { indices.insert(index) }
            }
            guard !indices.isEmpty else { continue }
            let hostnames = ir.servers.values[position].hostnames
            for index in indices { served[index, default: []].formUnion(hostnames) }
        }
        for index in ir.ingresses.indices where needsServed[index] {
            served[index, default: []].formUnion(ownHosts[index]!)
            reportUnusedTLS(ir.ingresses[index], ruleHosts: served[index]!, findings: &findings)
        }
    }

    private static func reportUnusedTLS(_ ingress: Ingress, ruleHosts: Set<String>, findings: inout FindingList) {
        // The wildcard patterns that cover some host served (each host has one at most), worked
        // out the first time a wildcard TLS host names no host served.
        var coveredPatterns: Set<String>?
        for entry in ingress.tls {
            if entry.secretName?.value.isEmpty ?? true {
                findings.add(
                    Finding(
                        .tlsWithoutSecret, object: ingress.ref, at: entry.location,
                        message: "TLS entry has no secretName: the controller served its hosts with its default certificate, which a listener cannot reference",
                        hint: "name the certificate Secret in secretName"))
            } else if let secret = entry.secretName, entry.usableSecretName == nil {
                findings.add(
                    Finding(
                        .tlsWithoutSecret, object: ingress.ref, at: secret.location,
                        message: "secretName \(KubernetesName.quoted(secret.value)) is not a name a Secret can have, so the controller found no certificate in it and served its hosts with its default certificate, which a listener cannot reference",
                        hint: "name the certificate Secret in secretName"))
            }
            for host in entry.hosts {
                let name = host.value.lowercased()
                guard !ruleHosts.contains(name) else { continue }
                if name.hasPrefix("*.") {
                    if coveredPatterns == nil {
                        coveredPatterns = Set(ruleHosts.compactMap { host in pattern(covering: host).flatMap { covers($0, host) ? $0 : nil } })
                    }
                    if coveredPatterns!.contains(name) { continue }
                }
                findings.add(
                    Finding(
                        .tlsHostWithoutRule, object: ingress.ref, at: host.location,
                        message: "TLS host \"\(host.value)\" has no rule in \(ingress.ref), so the controller did not use this entry for it"))
            }
        }
    }
}
