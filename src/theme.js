// Strategy Explorer: ?theme=light|dark on a static page (an embedded view on a host page that
// chose its colours, say) applies before the first paint, as the app applies it once it runs
// (src/embed.rs, follow_theme_param): no flash of the other palette. scripts/prerender.mjs puts
// it inline at the top of <head> of every static page, its hash in the page's policy.
(function () {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
})();
