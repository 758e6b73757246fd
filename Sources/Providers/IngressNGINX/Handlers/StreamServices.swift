import MigrationCore

/// The `tcp-services` and `udp-services` ConfigMaps: each entry `"<port>": "<namespace>/<service>:<port>"`
/// made the controller forward a TCP or UDP port to a Service. Each becomes a TCP or UDP
/// listener on the Gateway of the controller's class and a TCPRoute or UDPRoute in the
/// Service's namespace. The ConfigMaps are the ones named with the provider flags, or else
/// `tcp-services`/`udp-services` or the Helm chart's `ingress-nginx-tcp`/`ingress-nginx-udp`.
/// The PROXY protocol suffixes have no Gateway API equivalent and are reported.
enum StreamServices {
    static let defaultNames = (tcp: ["tcp-services", "ingress-nginx-tcp"], udp: ["udp-services", "ingress-nginx-udp"])
    static let reservedPorts: Set<Int> = [80, 443]

    static func apply(
        to ir: inout TranslationIR, context: ProviderContext, className: String, explicit: (tcp: String?, udp: String?), findings: inout FindingList
    ) {
        for isUDP in [false, true] {
            let wanted = isUDP ? explicit.udp : explicit.tcp
            let names = isUDP ? defaultNames.udp : defaultNames.tcp
            let configMap = context.manifests.configMaps.filter { map in
                if let wanted { return wanted.contains("/") ? "\(map.namespace)/\(map.name)" == wanted : map.name == wanted }
                return names.contains(map.name)
            }.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }.first
            guard let configMap else { continue }
            for key in configMap.data.keys.sorted() {
                add(key, configMap, isUDP: isUDP, className: className, to: &ir, context: context, findings: &findings)
            }
        }
    }

    private static func add(
        _ key: String, _ configMap: ConfigMap, isUDP: Bool, className: String, to ir: inout TranslationIR, context: ProviderContext,
        findings: inout FindingList
    ) {
        let value = configMap.data[key]!
        let object = ObjectRef(kind: "ConfigMap", namespace: configMap.namespace, name: configMap.name)
        func problem(_ message: String) {
            findings.add(Finding(.nginxStreamService, provider: "ingress-nginx", object: object, at: value.location, message: message))
        }
        guard let port = Int(key), (1...65535).contains(port), !reservedPorts.contains(port) else {
            problem("\(key) is not a port the controller forwards (a number from 1 to 65535 other than 80 and 443); the controller ignored this entry")
            return
        }
        let parts = value.value.split(separator: ":").map(String.init)
        let service = parts.first?.split(separator: "/").map(String.init) ?? []
        guard parts.count >= 2, service.count == 2 else {
            problem("\(value.value) is not <namespace>/<service>:<port>; the controller ignored this entry")
            return
        }
        guard KubernetesName.isLabel(service[0]), KubernetesName.isLabel(service[1]) else {
            problem("\(KubernetesName.quoted(parts[0])) names no Service a cluster can hold (not a valid namespace and name); the controller found none, so port \(port) was not translated")
            return
        }
        if parts.count > 2 { problem("the PROXY protocol on port \(port) has no Gateway API equivalent; connections are forwarded without it") }
        let target: ServicePortRef = Int(parts[1]).map { .number($0) } ?? .name(parts[1])
        let backend = IngressBackend(target: .service(name: service[1], port: target), location: value.location)
        guard let ref = context.backendRef(for: backend, namespace: service[0]) else {
            problem("port \(parts[1]) of Service \(service[0])/\(service[1]) cannot be resolved from the input; port \(port) was not translated")
            return
        }
        let gateway = context.options.gatewayPerNamespace ? GatewayKey(className: className, namespace: service[0]) : GatewayKey(className: className)
        ir.streamRoutes.append(
            StreamRouteIR(
                gateway: gateway, isUDP: isUDP, port: port, namespace: service[0], backend: ref,
                source: SourceRef(object: object, location: configMap.location)))
    }
}
