/// The script the preview server adds to every HTML page it serves (never written to `public/`):
/// it long-polls the server, reloads the page after a good build, and shows the errors of a
/// failed build over the page while the last good site stays served.
enum LiveReload {
    static let path = "/__bantin/live.js"
    static let waitPath = "/__bantin/wait"

    static func tag(version: Int) -> String {
        "<script src=\"\(path)\" data-version=\"\(version)\"></script>"
    }

    /// `html` with the script tag before `</body>`.
    static func inject(into html: String, version: Int) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + tag(version: version) }
        return html.replacingCharacters(in: end, with: tag(version: version) + "</body>")
    }

    static let script = """
        (function () {
          'use strict';
          var me = document.currentScript;
          var version = parseInt(me && me.getAttribute('data-version'), 10) || 0;
          function overlay(problems) {
            var box = document.getElementById('bantin-errors');
            if (!box) {
              box = document.createElement('div');
              box.id = 'bantin-errors';
              box.setAttribute('role', 'alert');
              box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;' +
                'background:#fff4f4;color:#5a0000;border-top:4px solid #b3261e;padding:1rem;font:14px/1.4 monospace;white-space:pre-wrap';
              document.body.appendChild(box);
            }
            box.textContent = 'bantin: dựng trang thất bại, đang hiện bản cũ — build failed, showing the last good site\\n\\n' +
              problems.join('\\n\\n');
          }
          function poll() {
            fetch('\(waitPath)?v=' + version, { cache: 'no-store' })
              .then(function (response) { return response.json(); })
              .then(function (state) {
                if (state.version !== version) {
                  if (state.problems.length) { version = state.version; overlay(state.problems); }
                  else { window.location.reload(); return; }
                }
                poll();
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        """
}
