import YAMLKit

/// Which objects a comparison speaks about.
public struct ComparisonScope: Sendable {
    /// The kinds read on the other side, as `group/kind`; generated objects of other kinds are
    /// not compared (the cluster is only asked for some kinds). Nil: every kind.
    public var kindsRead: Set<String>?
    /// With `-n`: only objects in this namespace can be reported as removed.
    public var namespace: String?
    /// Only objects that carry this tool's generator annotation can be reported as removed, of
    /// any kind: a cluster holds objects the migration never managed, which it does not remove.
    /// Otherwise every Gateway API object can, and objects of other kinds (Namespaces, RBAC,
    /// but also Deployments or Secrets kept in the same folder) only when this tool generated
    /// them.
    public var onlyGeneratedByI2GW = false

    /// Creates a scope that compares everything.
    public init(kindsRead: Set<String>? = nil, namespace: String? = nil, onlyGeneratedByI2GW: Bool = false) {
        self.kindsRead = kindsRead
        self.namespace = namespace
        self.onlyGeneratedByI2GW = onlyGeneratedByI2GW
    }

    func reads(_ identity: ObjectIdentity) -> Bool {
        kindsRead?.contains("\(identity.group)/\(identity.kind)") ?? true
    }

    func canRemove(_ object: ManifestObject) -> Bool {
        if let namespace, object.identity.namespace != namespace { return false }
        if object.isGeneratedByI2GW { return true }
        return !onlyGeneratedByI2GW && object.identity.group == GatewayAPISchema.group
    }
}

/// The objects a migration generates, matched with the objects that exist (in a folder, or in
/// a cluster) by ``ObjectIdentity`` and compared in the form ``ManifestNormalizer`` gives them.
public struct ManifestComparison: Sendable {
    /// What happened to one object.
    public enum Change: String, Sendable {
        /// Both sides have it, and they differ.
        case changed
        /// Only the migration has it.
        case added
        /// Only the existing manifests have it.
        case removed
        /// Both sides have it, and it is the same.
        case identical
    }

    /// One object of either side.
    public struct Entry: Sendable {
        /// What it is matched by.
        public var identity: ObjectIdentity
        /// What happened to it.
        public var change: Change
        /// The existing object as it is shown: normalized, and written like the generated one
        /// wherever the two mean the same (see ``ObjectReconciliation``); a removed object as
        /// it is, normalized. Nil when added.
        public var old: ManifestObject?
        /// The generated object, normalized; nil when removed.
        public var new: ManifestObject?
    }

    /// Every compared object, in apply order of kinds, then namespace and name.
    public var entries: [Entry]
    /// Existing objects the migration does not generate and that the scope does not let the
    /// comparison call removed.
    public var leftOut: [ObjectIdentity]
    /// Generated objects of kinds not read on the other side.
    public var notRead: [ObjectIdentity]

    /// Compares the generated objects with the existing ones.
    public init(generated: [ManifestObject], existing: [ManifestObject], normalizer: ManifestNormalizer, scope: ComparisonScope = ComparisonScope()) {
        var existingByIdentity: [ObjectIdentity: ManifestObject] = [:]
        for object in existing { existingByIdentity[object.identity] = object }
        var entries: [Entry] = []
        var notRead: [ObjectIdentity] = []
        var matched = Set<ObjectIdentity>()
        for object in generated {
            guard scope.reads(object.identity) else {
                notRead.append(object.identity)
                continue
            }
            let new = normalizer.normalize(object)
            guard let found = existingByIdentity[object.identity] else {
                entries.append(Entry(identity: object.identity, change: .added, old: nil, new: new))
                continue
            }
            matched.insert(object.identity)
            var old = normalizer.normalize(found)
            Self.keepAPIVersion(of: new.value, in: &old.value)
            // Equal values mean the same (the usual case against a folder `convert` wrote, or
            // a cluster the migration was applied to without changes since): the defaults and
            // the order need looking at only when they differ.
            let same: Bool
            if old.value == new.value {
                same = true
            } else {
                let reconciliation = ObjectReconciliation(identity: object.identity)
                same = reconciliation.same(old.value, new.value, at: "")
                if !same { old.value = reconciliation.reconcile(old.value, to: new.value, at: "") }
            }
            if same { old.value = new.value }
            entries.append(Entry(identity: object.identity, change: same ? .identical : .changed, old: old, new: new))
        }
        var leftOut: [ObjectIdentity] = []
        for object in existing where !matched.contains(object.identity) {
            if scope.canRemove(object) {
                entries.append(Entry(identity: object.identity, change: .removed, old: normalizer.normalize(object), new: nil))
            } else {
                leftOut.append(object.identity)
            }
        }
        self.entries = entries.sorted { $0.identity < $1.identity }
        self.leftOut = leftOut.sorted()
        self.notRead = notRead.sorted()
    }

    /// The entries that are not identical.
    public var differences: [Entry] { entries.filter { $0.change != .identical } }

    /// How many entries had this change.
    public func count(_ change: Change) -> Int { entries.filter { $0.change == change }.count }

    /// Objects are matched by group, so the version in `apiVersion` does not count: the existing
    /// object is shown with the generated object's `apiVersion`.
    private static func keepAPIVersion(of new: YAMLValue, in old: inout YAMLValue) {
        guard case .mapping(var entries) = old, let apiVersion = new["apiVersion"],
              let index = entries.firstIndex(where: { $0.key == "apiVersion" }) else { return }
        entries[index].value = apiVersion
        old = .mapping(entries)
    }
}
