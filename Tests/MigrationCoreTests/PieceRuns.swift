import Testing

@testable import MigrationCore

/// Runs the pipeline on one file in one piece and in several, and compares what they give.
enum PieceRuns {
    /// A pipeline that parses every file of more than one byte in `pieces` pieces (1: in one).
    static func pipeline(pieces: Int, configure: (inout MigrationPipeline) -> Void = { _ in }) -> MigrationPipeline {
        var pipeline = TestSupport.pipeline()
        pipeline.parser.parallelism = pieces
        pipeline.parser.minimumParallelBytes = 0
        configure(&pipeline)
        return pipeline
    }

    /// What a run gives: its output and findings, or its input error.
    static func result(_ pipeline: MigrationPipeline, _ file: SourceFile) -> Result<(output: String, findings: [Finding]), InputError> {
        do throws(InputError) {
            let run = try pipeline.run([file])
            var bytes: [UInt8] = []
            OutputFormat.yaml.write(run.documents) { bytes.append(contentsOf: $0) }
            return .success((String(decoding: bytes, as: UTF8.self), run.findings))
        } catch {
            return .failure(error)
        }
    }

    /// Compares a run in one piece with runs in several (`configure` applies to every run).
    static func expectSame(
        _ file: SourceFile, pieces: [Int] = [2, 3, 8], configure: (inout MigrationPipeline) -> Void = { _ in },
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let whole = result(pipeline(pieces: 1, configure: configure), file)
        for count in pieces {
            switch (whole, result(pipeline(pieces: count, configure: configure), file)) {
            case (.success(let expected), .success(let actual)):
                #expect(actual.output == expected.output, "\(file.path), \(count) pieces", sourceLocation: sourceLocation)
                #expect(actual.findings == expected.findings, "\(file.path), \(count) pieces", sourceLocation: sourceLocation)
            case (.failure(let expected), .failure(let actual)):
                #expect(actual == expected, "\(file.path), \(count) pieces", sourceLocation: sourceLocation)
            default:
                Issue.record("\(file.path), \(count) pieces: one run failed, the other did not", sourceLocation: sourceLocation)
            }
        }
    }
}
