import CommitteeDocsCLibXML2
import CommitteeDocsDiagnostics
import Foundation
import Synchronization

/// Validates XHTML against the XHTML 1.0 Strict DTD with libxml2, offline.
///
/// The DTD is resolved through the XML catalog (`XML_CATALOG_FILES`, else /etc/xml/catalog, which
/// Debian's w3c-sgml-lib fills) and parsed once per process; the network is never used. One
/// validator serves every thread: the DTD's content models are compiled up front under a lock, so
/// validation only reads it, and libxml2's error handler is per thread.
public final class XHTMLValidator: @unchecked Sendable {
    public static let publicID = "-//W3C//DTD XHTML 1.0 Strict//EN"
    public static let systemID = "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"

    private let dtd: xmlDtdPtr

    /// Loads the DTD through the catalog; throws when it is not installed.
    public init() throws {
        dtd = try Self.loading.withLock { _ throws(ValidatorUnavailable) -> xmlDtdPtr in
            _ = Self.initialization
            guard let dtd = xmlParseDTD(Self.publicID, Self.systemID) else {
                throw ValidatorUnavailable(OutputText.dtdUnavailable().description)
            }
            // Compile every element's content model now: libxml2 would otherwise build them lazily
            // while validating, writing into the shared DTD from several threads.
            if let elements = dtd.pointee.elements, let context = xmlNewValidCtxt() {
                xmlHashScan(OpaquePointer(elements), { payload, data, _ in
                    guard let payload, let data else { return }
                    let element = payload.assumingMemoryBound(to: xmlElement.self)
                    if element.pointee.type == XML_ELEMENT_DECL {
                        xmlValidBuildContentModel(data.assumingMemoryBound(to: xmlValidCtxt.self), element)
                    }
                }, context)
                xmlFreeValidCtxt(context)
            }
            return dtd
        }
    }

    deinit {
        xmlFreeDtd(dtd)
    }

    private static let sharedInstance = Result { try XHTMLValidator() }

    /// The process's validator: the DTD is parsed once.
    public static func shared() throws -> XHTMLValidator {
        try sharedInstance.get()
    }

    /// Every well-formedness and validity error of `xhtml`, with libxml2's line and message;
    /// empty when the document is valid XHTML 1.0 Strict.
    ///
    /// `written` is for documents our writer made: they hold no entities (only numeric
    /// references) and their size is bounded by the render's output limit, so libxml2 is told
    /// they may be huge (XML_PARSE_HUGE) and does not refuse, say, a link over 10 MB, an error
    /// that would blame the output file for a long value in the data. A user's file is parsed
    /// with libxml2's default limits.
    public func validate(_ xhtml: String, file: String, written: Bool = false) -> [Diagnostic] {
        let sink = ErrorSink(file: file)
        let context = Unmanaged.passRetained(sink)
        defer { context.release() }
        xmlSetStructuredErrorFunc(context.toOpaque(), { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        })
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        // Our writer emits no named entities, so the document is parsed without its DTD; a
        // user's file that uses &nbsp; and the like is parsed again with the DTD from the catalog.
        var document = parse(xhtml, file: file, loadDTD: false, huge: written)
        if sink.undeclaredEntity {
            if let document { xmlFreeDoc(document) }
            sink.reset()
            document = parse(xhtml, file: file, loadDTD: true, huge: false)
        }
        guard let document else {
            if sink.diagnostics.isEmpty { sink.add(line: 1, column: 1, OutputText.documentUnparsable()) }
            return sink.diagnostics
        }
        defer { xmlFreeDoc(document) }
        if !sink.diagnostics.isEmpty { return sink.diagnostics }

        let declared = document.pointee.intSubset.flatMap { $0.pointee.ExternalID }.map { String(cString: $0) }
        if declared != Self.publicID {
            sink.add(line: 1, column: 1,
                     OutputText.documentTypeWrong(["declared": declared.map { "\"\($0)\"" } ?? OutputText.documentTypeNotDeclared(),
                                                   "publicID": Self.publicID]))
        }
        guard let validation = xmlNewValidCtxt() else { return [Diagnostic(file: file, OutputText.outOfMemory())] }
        defer { xmlFreeValidCtxt(validation) }
        _ = xmlValidateDtd(validation, document, dtd)
        return sink.diagnostics
    }

    /// Validates a large document while reading it, without building its tree: for the
    /// combined meeting packet, which can be tens of megabytes. The DTD is loaded through the
    /// catalog for the call (about 2 ms), so `validate` stays the faster choice for documents.
    /// For documents our writers made (see `validate(_:file:written:)`).
    public func validateStreaming(_ xhtml: String, file: String) -> [Diagnostic] {
        let sink = ErrorSink(file: file)
        var text = xhtml
        let valid: Bool = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                read(xmlReaderForMemory(chars.baseAddress, Int32(clamping: chars.count), file, "UTF-8", Self.streamingOptions), sink)
            }
        }
        if !valid, sink.diagnostics.isEmpty { sink.add(line: 1, column: 1, OutputText.notValidXHTML()) }
        return sink.diagnostics
    }

    /// `validateStreaming(_:file:)` for a document held in pieces (a meeting packet's combined
    /// document), read piece by piece without joining them.
    public func validateStreaming(pieces: [String], file: String) -> [Diagnostic] {
        let sink = ErrorSink(file: file)
        let input = Unmanaged.passRetained(PiecesInput(pieces))
        // libxml2 releases the input through the close callback, also when it cannot start.
        let reader = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer else { return -1 }
            return Unmanaged<PiecesInput>.fromOpaque(context).takeUnretainedValue().read(into: buffer, length)
        }, { context in
            if let context { Unmanaged<PiecesInput>.fromOpaque(context).release() }
            return 0
        }, input.toOpaque(), file, "UTF-8", Self.streamingOptions)
        if !read(reader, sink), sink.diagnostics.isEmpty { sink.add(line: 1, column: 1, OutputText.notValidXHTML()) }
        return sink.diagnostics
    }

    private static let streamingOptions = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_DTDLOAD.rawValue)
        | Int32(XML_PARSE_DTDVALID.rawValue) | Int32(XML_PARSE_HUGE.rawValue)

    /// Reads the whole document with `reader` (then freed), errors into `sink`: whether it is valid.
    private func read(_ reader: xmlTextReaderPtr?, _ sink: ErrorSink) -> Bool {
        guard let reader else { return false }
        defer { xmlFreeTextReader(reader) }
        let context = Unmanaged.passRetained(sink)
        defer { context.release() }
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, context.toOpaque())
        var status: Int32 = 1
        while status == 1 { status = xmlTextReaderRead(reader) }
        return status == 0 && xmlTextReaderIsValid(reader) == 1
    }

    private func parse(_ xhtml: String, file: String, loadDTD: Bool, huge: Bool) -> xmlDocPtr? {
        // COMPACT: short text is kept inside its node instead of in a string of its own (the tree
        // is only read, then freed), which spares libxml2 an allocation per short text.
        var options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
        if huge { options |= Int32(XML_PARSE_HUGE.rawValue) }
        if loadDTD { options |= Int32(XML_PARSE_DTDLOAD.rawValue) | Int32(XML_PARSE_NOENT.rawValue) }
        var text = xhtml
        return text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), file, "UTF-8", options)
            }
        }
    }

    // MARK: - Process-wide set-up

    /// Held while a validator loads and compiles its DTD, one at a time.
    private static let loading = Mutex(())
    /// Runs once, for the first validator.
    private static let initialization: Void = {
        xmlInitParser()
        // Resolve through the catalog only; never fetch a DTD or entity over the network.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
    }()
}

/// The DTD or catalog is missing: validation cannot run on this machine.
public struct ValidatorUnavailable: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Collects libxml2's errors for one call, on the calling thread.
private final class ErrorSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var undeclaredEntity = false

    init(file: String) {
        self.file = file
    }

    func record(_ error: xmlError) {
        guard error.level != XML_ERR_WARNING else { return }
        if error.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) || error.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue) {
            undeclaredEntity = true
        }
        guard var message = error.message.map({ String(cString: $0) }) else {
            return add(line: Int(max(error.line, 1)), column: Int(max(error.int2, 1)), OutputText.unknownLibxmlError())
        }
        while message.last?.isWhitespace == true { message.removeLast() }
        add(line: Int(max(error.line, 1)), column: Int(max(error.int2, 1)), .verbatim(message))
    }

    func add(line: Int, column: Int, _ message: Message) {
        diagnostics.append(Diagnostic(at: SourcePosition(file: file, line: line, column: column), message))
    }

    func reset() {
        diagnostics = []
        undeclaredEntity = false
    }
}

/// A document in pieces, handed to libxml2 as its input stream a buffer at a time.
private final class PiecesInput {
    private let pieces: [String]
    private var piece = 0
    private var offset = 0

    init(_ pieces: [String]) {
        self.pieces = pieces
    }

    /// Copies up to `length` bytes into `buffer`: the count, 0 at the end.
    func read(into buffer: UnsafeMutablePointer<CChar>, _ length: Int32) -> Int32 {
        var copied = 0
        while copied < Int(length), piece < pieces.count {
            var text = pieces[piece]
            let taken = text.withUTF8 { bytes -> Int in
                let count = min(bytes.count - offset, Int(length) - copied)
                if count > 0 {
                    UnsafeMutableRawPointer(buffer + copied).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
                }
                return max(count, 0)
            }
            copied += taken
            offset += taken
            if offset >= text.utf8.count {
                piece += 1
                offset = 0
            }
        }
        return Int32(copied)
    }
}

