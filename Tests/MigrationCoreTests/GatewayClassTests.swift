import Testing
@testable import MigrationCore

/// GatewayClasses for `--target` and `--gateway-class-controller`, and team-label admission.
@Suite struct GatewayClassTests {
    @Test(arguments: TargetImplementation.allCases)
    func everyTargetNameIsAValidControllerNameOrExplained(_ target: TargetImplementation) {
        if let name = target.controllerName {
            #expect(ControllerNameSyntax.problem(with: name) == nil)
            #expect(target.unsupportedReason == nil)
        } else {
            #expect(target.unsupportedReason != nil)
        }
    }

    @Test func controllerNameSyntaxRejectsWhatTheCRDRejects() {
        #expect(ControllerNameSyntax.problem(with: "example.net/gateway-controller") == nil)
        #expect(ControllerNameSyntax.problem(with: "no-slash") != nil)
        #expect(ControllerNameSyntax.problem(with: "Upper.Case/x") != nil)
        #expect(ControllerNameSyntax.problem(with: "example.net/") != nil)
    }

    func gatewayClasses(_ options: TranslationOptions) throws -> [EncodedDocument] {
        let input = try TestSupport.fixtureInput("core/ingress-classes/input.yaml")
        return try TestSupport.pipeline(options: options).run([SourceFile(path: "in.yaml", bytes: Array(input.utf8))])
            .documents.filter { $0.kind == "GatewayClass" }
    }

    @Test func noClassWithoutATarget() throws {
        #expect(try gatewayClasses(TranslationOptions()).isEmpty)
    }

    @Test func oneClassPerGatewayClassNameWithTheTargetsController() throws {
        var options = TranslationOptions()
        options.target = .cilium
        let classes = try gatewayClasses(options)
        #expect(!classes.isEmpty)
        #expect(classes.allSatisfy { $0.value["spec"]?["controllerName"] == .string("io.cilium/gateway-controller") })
        options.gatewayClassController = "example.net/mine"
        #expect(try gatewayClasses(options).allSatisfy { $0.value["spec"]?["controllerName"] == .string("example.net/mine") })
    }

    @Test func gkeProvidesItsOwnClasses() throws {
        var options = TranslationOptions()
        options.target = .gke
        #expect(try gatewayClasses(options).isEmpty)
        let input = try TestSupport.fixtureInput("core/basic-host-paths/input.yaml")
        let run = try TestSupport.pipeline(options: options).run([SourceFile(path: "in.yaml", bytes: Array(input.utf8))])
        #expect(run.documents.filter { $0.kind == "Gateway" }.allSatisfy {
            $0.value["spec"]?["gatewayClassName"] == .string("gke-l7-global-external-managed")
        })
    }

    @Test func teamLabelsSelectTeamsAndLabelTheirNamespaces() {
        let admission = NamespaceAdmission(teamLabel: "example.com/team", team: { $0.hasPrefix("a-") ? "alpha" : $0 })
        #expect(admission.allowed(["a-1", "a-2"], gatewayNamespace: "gw") == .labelIn(key: "example.com/team", values: ["alpha"]))
        #expect(admission.allowed(["gw"], gatewayNamespace: "gw") == .same)
        let byName = NamespaceAdmission(teamLabel: nil, team: { $0 })
        #expect(byName.allowed(["b", "a", "b"], gatewayNamespace: "gw") == .names(["a", "b"]))
    }
}
