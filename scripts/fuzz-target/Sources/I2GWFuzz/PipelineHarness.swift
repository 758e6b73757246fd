import Foundation
import MigrationCore
import Providers
import YAMLKit

/// Runs one input the way `i2gw print` and `i2gw report` do, in every output and report
/// format, and the way `i2gw verify` does (``VerifyHarness``), and checks what must hold for
/// any input:
/// - unreadable input is an ``InputError`` with a message, never a crash;
/// - the YAML and KYAML output read back (with YAMLKit) as exactly the documents written;
/// - the JSON report is valid JSON;
/// - no generated object has a list longer than Gateway API allows (``ListLimits``), or a name,
///   namespace or reference no object can have (``NameRules``);
/// - parsing the input in pieces (as large files are, on several cores: at document markers, or
///   between the items of a `kind: List`) gives the same run, or the same error, as parsing it
///   in one piece.
///
/// The translation options and the report's `--fail-on` come from the input's length, so every
/// combination is exercised while each input stays reproducible on its own.
enum PipelineHarness {
    static func run(_ bytes: [UInt8]) {
        let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
        let run: MigrationRun
        var inPieces = pipeline(variant: bytes.count)
        inPieces.parser.parallelism = 3
        inPieces.parser.minimumParallelBytes = 0
        // A `kind: List` is cut into runs of one item each, or into three runs.
        inPieces.parser.listPieceBytes = bytes.count & 16 == 0 ? 1 : 1 << 18
        let piecewise = Result { () throws(InputError) in try inPieces.run([file]) }
        do {
            run = try pipeline(variant: bytes.count).run([file])
        } catch {
            check(!error.message.isEmpty, "an input error without a message")
            check(piecewise.failure == error, "parsing in pieces gave another result than \(error)")
            return
        }
        switch piecewise {
        case .success(let other):
            check(other.documents.map(\.value) == run.documents.map(\.value), "parsing in pieces gave other documents")
            check(other.findings == run.findings, "parsing in pieces gave other findings")
        case .failure(let error):
            fail("parsing in pieces failed (\(error)) where one piece did not")
        }
        for document in run.documents {
            if let problem = ListLimits.violation(in: document) { fail("a list past Gateway API's cap: \(problem)") }
            if let problem = NameRules.violation(in: document) { fail("a name no object can have in \(document.kind): \(problem)") }
        }
        for format in OutputFormat.allCases {
            let text = format.render(run.documents)
            if format != .json { checkRoundTrip(text, of: run.documents, format: format) }
        }
        VerifyHarness.run(bytes, pipeline: pipeline(variant: bytes.count), providers: providers)
        let report = MigrationReport(run: run, failOn: bytes.count & 8 == 0 ? .error : nil, catalog: FindingCatalog.all)
        for format in ReportFormat.allCases {
            let text = format.render(report, options: ReportRenderOptions(linkBase: "https://example.com/repo"))
            if format == .json || format == .sarif {
                check((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(format) report is not JSON")
            }
        }
    }

    /// The providers `i2gw` uses by default.
    private static let providers = ProviderRegistry.providers(named: [], settings: .init()).providers

    /// The pipeline with one of eight option sets.
    private static func pipeline(variant: Int) -> MigrationPipeline {
        var options = TranslationOptions()
        options.gatewayPerNamespace = variant & 1 != 0
        options.allowExperimental = variant & 2 != 0
        if variant & 4 != 0 { options.gatewayName = "shared" }
        return MigrationPipeline(
            parser: ManifestParser(), translator: Translator(options: options, providers: providers),
            encoder: ObjectEncoder(generator: "i2gw-fuzz"))
    }

    /// Reads `text` back and compares every document with the value that was written.
    private static func checkRoundTrip(_ text: String, of documents: [EncodedDocument], format: OutputFormat) {
        let reread: [Document]
        do {
            reread = try YAMLParser.parseAll(Array(text.utf8))
        } catch {
            fail("\(format) output does not parse: \(error)")
        }
        let values = reread.compactMap { $0.root?.toValue() }
        check(values.count == documents.count, "\(format) output has \(values.count) documents, \(documents.count) were written")
        for (value, document) in zip(values, documents) where value != document.value {
            fail("\(format) output of \(document.kind) \(document.namespace)/\(document.name) reads back differently")
        }
    }

    private static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    private static func fail(_ message: String) -> Never {
        fatalError("invariant broken: \(message)")
    }
}

extension Result {
    /// The error, when there is one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
