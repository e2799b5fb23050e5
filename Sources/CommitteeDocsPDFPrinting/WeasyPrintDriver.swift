/// The program a WeasyPrint worker runs: Python, with WeasyPrint's own interpreter, reading jobs
/// on stdin and answering on stdout, so one process (WeasyPrint imported once, about 0.3 s)
/// prints document after document. Compiled into the binary, so it works from any folder.
///
/// Protocol, one job at a time:
/// - the worker first sends `{"ready": true, "version": "57.2"}` or `{"ready": false, "error": …}`;
/// - a job is one JSON line `{"length": N, "identifier": …, "date": "2019-08-20"|null,
///   "stylesheet": …|null}` followed by N bytes of XHTML (UTF-8);
/// - the answer is `{"ok": true, "length": N}` followed by the N bytes of the PDF, or
///   `{"ok": false, "error": …}`.
///
/// Deterministic output: the PDF's dates are the document's (its `dcterms.created` and
/// `dcterms.modified` meta elements), and `SOURCE_DATE_EPOCH` (the
/// document's date) fixes the timestamp fontTools writes into every embedded font subset,
/// which is otherwise the current time. The file identifier is the MD5 of the job's identifier
/// and the page, as ISO 32000 suggests: the same for the same document, different otherwise.
enum WeasyPrintDriver {
    static let program = #"""
import calendar, hashlib, json, logging, os, sys, time

answers = sys.stdout.buffer
jobs = sys.stdin.buffer

def send(header, body=b''):
    answers.write(json.dumps(header).encode('utf-8') + b'\n')
    answers.write(body)
    answers.flush()

try:
    # WeasyPrint warns on every PDF/A that its support is experimental; errors still reach us.
    logging.getLogger('weasyprint').setLevel(logging.ERROR)
    logging.getLogger('fontTools').setLevel(logging.ERROR)
    import weasyprint
    from weasyprint import CSS, HTML
except Exception as error:
    send({'ready': False, 'error': '%s: %s' % (type(error).__name__, error)})
    sys.exit(1)

def refuse(url, timeout=10, ssl_context=None):
    # Our pages load nothing: no image, font or stylesheet from a file or the network.
    raise ValueError('committee-docs documents load no external resource: %s' % url)

send({'ready': True, 'version': weasyprint.__version__})
while True:
    line = jobs.readline()
    if not line:
        break
    job = json.loads(line)
    page = jobs.read(job['length'])
    try:
        date = job.get('date')
        epoch = calendar.timegm(time.strptime(date, '%Y-%m-%d')) if date else 0
        os.environ['SOURCE_DATE_EPOCH'] = str(epoch)
        stylesheets = [CSS(string=job['stylesheet'])] if job.get('stylesheet') else None
        # The file identifier PDF/A requires: the document's identity and its page, hashed.
        identifier = hashlib.md5(job['identifier'].encode('utf-8') + b'\0' + page).hexdigest().encode('ascii')
        pdf = HTML(string=page.decode('utf-8'), url_fetcher=refuse).write_pdf(
            stylesheets=stylesheets, identifier=identifier, variant='pdf/a-2b')
        send({'ok': True, 'length': len(pdf)}, pdf)
    except Exception as error:
        send({'ok': False, 'error': '%s: %s' % (type(error).__name__, error)})
"""#
}
