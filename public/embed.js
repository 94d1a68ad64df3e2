/*
 * Strategy Explorer embed helper for host pages (no dependencies, no third-party requests).
 *
 *   <iframe src="https://…/embed/sdg/3" title="Strategy Explorer" data-strategy-explorer
 *           style="width:100%;height:480px;border:0"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * An embedded view posts { type: "strategy-explorer:height", height, path } to its parent
 * whenever its layout changes. This script sets the height of the iframe marked
 * data-strategy-explorer that sent it, after checking that the message comes from that iframe's
 * window and from the origin of its src. Frames that already reported before this script ran
 * are asked again with { type: "strategy-explorer:request-height" }.
 */
(function () {
  'use strict';
  if (window.__strategyExplorerEmbed) return;
  window.__strategyExplorerEmbed = true;
  var TYPE = 'strategy-explorer:height';
  var REQUEST = 'strategy-explorer:request-height';

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-strategy-explorer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) continue;
      frame.style.height = Math.max(0, Math.ceil(data.height)) + 'px';
      frame.setAttribute('data-strategy-explorer-path', String(data.path || ''));
    }
  });

  // Ask frames that are already running for their height (their first report came before this
  // script listened). The request carries nothing, so any window may receive it ("*"): a frame
  // that has not loaded yet reports by itself once it runs.
  var frames = document.querySelectorAll('iframe[data-strategy-explorer]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: REQUEST }, '*');
  }
})();
