/// The page's style sheet and script, served from memory at fixed routes.
enum Assets {
    /// A quiet, official look: a dark bar, tabs, and the document as an A4 sheet on a grey desk.
    static let css = """
    * { box-sizing: border-box; }
    html { background: #dfe2e6; }
    body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 14px; color: #1c2530; }
    .top { position: sticky; top: 0; z-index: 2; background: #f7f8f9; border-bottom: 1px solid #c3c8ce; box-shadow: 0 1px 3px rgba(0,0,0,0.08); }
    .bar { display: flex; align-items: baseline; gap: 1em; padding: 0.55em 1.2em; background: #1f3347; color: #fff; }
    .bar .program { font-weight: bold; letter-spacing: 0.02em; }
    .bar .program::after { content: " · Forhåndsvisning"; font-weight: normal; color: #b9c7d6; }
    .bar .fil { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.95em; color: #e3eaf1; }
    .bar .forbindelse { margin-left: auto; background: #b3261e; color: #fff; padding: 0.1em 0.6em; border-radius: 3px; }
    .bar .forbindelse[hidden] { display: none; }
    .faner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em; padding: 0.6em 1.2em 0.2em; }
    .faner a { display: inline-block; padding: 0.3em 0.75em; border: 1px solid #c3c8ce; border-radius: 3px; background: #fff; color: #1f3347; text-decoration: none; white-space: nowrap; }
    .faner a:hover { border-color: #1f3347; }
    .faner a.valgt { background: #1f3347; border-color: #1f3347; color: #fff; }
    .udgaver, .visninger { display: inline-flex; gap: 0; margin-right: 0.8em; }
    .visninger { margin: 0 0 0 auto; }
    .udgaver a, .visninger a { border-radius: 0; margin-left: -1px; }
    .udgaver a:first-child, .visninger a:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
    .udgaver a:last-child, .visninger a:last-child { border-radius: 0 3px 3px 0; }
    .udgaver::before { content: "Udgave"; align-self: center; margin-right: 0.5em; color: #5b6773; }
    .status { margin: 0; padding: 0.2em 1.2em 0.5em; color: #5b6773; font-size: 0.9em; }
    .fejl { margin: 0 1.2em 0.8em; padding: 0.6em 1em; max-height: 40vh; overflow: auto; background: #fdf1f0; border: 1px solid #e3b1ac; border-left: 5px solid #b3261e; border-radius: 3px; }
    .fejl h2 { margin: 0 0 0.2em; font-size: 1.05em; color: #8c1d18; }
    .fejl p { margin: 0 0 0.4em; }
    .fejl ol { margin: 0; padding-left: 1.4em; }
    .fejl li { margin: 0.35em 0; }
    .fejl .sted { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-weight: bold; color: #1c2530; }
    .fejl pre.kilde { margin: 0.25em 0 0; padding: 0.35em 0.6em; background: #fff; border: 1px solid #ead0cd; font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.92em; overflow-x: auto; }
    .fejl .caret { color: #b3261e; font-weight: bold; }
    .bord { padding: 1.6em 1em 3em; }
    .ark { width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,0.25), 0 0 0 1px rgba(0,0,0,0.06); }
    .ark iframe { display: block; width: 100%; height: 297mm; border: 0; }
    .ark.kildetekst pre { margin: 0; padding: 2em 2.2em; font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 13px; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
    .ark.tom { display: flex; align-items: center; justify-content: center; color: #5b6773; }

    """

    /// Follows the server's versions (Server-Sent Events at /events) and brings the page up to date
    /// in place: the tabs, status and errors from /tilstand, the document without reloading its
    /// frame, and the same scroll position. Tabs are ordinary links.
    static let javaScript = """
    (function () {
      'use strict';
      var version = Number(document.body.getAttribute('data-version'));
      var busy = false;
      var wanted = null;

      function frame() { return document.getElementById('dokument'); }

      function fit() {
        var f = frame();
        var doc = f && f.contentDocument;
        if (doc && doc.documentElement) {
          f.style.height = Math.max(doc.documentElement.scrollHeight, 200) + 'px';
        }
      }

      function watchFrame() {
        var f = frame();
        if (f) { f.addEventListener('load', fit); fit(); }
      }

      async function replaceFrameDocument(f, src) {
        var response = await fetch(src, { cache: 'no-store' });
        if (!response.ok) { throw new Error('status ' + response.status); }
        var parsed = new DOMParser().parseFromString(await response.text(), 'application/xhtml+xml');
        var doc = f.contentDocument;
        if (!doc || !doc.documentElement || parsed.getElementsByTagName('parsererror').length > 0) {
          f.src = src;
          return;
        }
        doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement);
        fit();
      }

      async function refresh() {
        if (busy) { wanted = true; return; }
        busy = true;
        try {
          var x = window.scrollX, y = window.scrollY;
          var response = await fetch('/tilstand' + location.search, { cache: 'no-store' });
          var state = await response.json();
          document.getElementById('panel').innerHTML = state.panel;
          var sheet = document.getElementById('ark');
          var f = frame();
          if (state.view === 'udskrift' && f && sheet && sheet.getAttribute('data-src') === state.src) {
            await replaceFrameDocument(f, state.src);
          } else {
            document.getElementById('bord').innerHTML = state.sheet;
            watchFrame();
          }
          version = state.version;
          document.body.setAttribute('data-version', String(version));
          window.scrollTo(x, y);
        } catch (error) {
          // The next event (after the stream reconnects) tries again.
        } finally {
          busy = false;
        }
        if (wanted) { wanted = false; setTimeout(refresh, 100); }
      }

      function listen() {
        var source = new EventSource('/events');
        var notice = document.getElementById('forbindelse');
        source.addEventListener('version', function (event) {
          if (Number(event.data) !== version) { refresh(); }
        });
        source.onopen = function () { if (notice) { notice.hidden = true; } };
        source.onerror = function () { if (notice) { notice.hidden = false; } };
      }

      watchFrame();
      listen();
      window.addEventListener('resize', fit);
    })();

    """
}
