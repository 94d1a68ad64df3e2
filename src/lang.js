// Strategy Explorer: a page loaded without a language in its path (/explore, not /da/explore)
// is the English static page. Before anything is shown, this picks the reader's language the way
// the app does (src/i18n/mod.rs: ?lang=, then the saved choice, then the browser's languages,
// then English) and, when it is not English, loads the same page under that language's prefix
// instead, so no reader sees another language first. scripts/prerender.mjs puts it inline at the
// top of <head> of each such page (its hash in the page's Content-Security-Policy): it must run
// before the body is painted, and a file of its own would cost a round trip first.
(function () {
  var LANGS = ['da', 'sv', 'en'];
  function known(code) {
    return LANGS.indexOf(code) >= 0 ? code : null;
  }
  function fromBrowser() {
    var tags = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).split('-')[0].toLowerCase();
      // Norwegian readers understand Danish best of the three.
      if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'da';
      if (known(primary)) return primary;
    }
    return null;
  }
  function saved() {
    try {
      return known(localStorage.getItem('strategy-explorer.lang'));
    } catch (e) {
      return null; // storage blocked (a cross-site iframe): the URL still carries the choice
    }
  }
  var params = new URLSearchParams(location.search);
  var lang = known(params.get('lang')) || saved() || fromBrowser() || 'en';
  if (lang === 'en') return;
  var base = new URL(document.baseURI).pathname.replace(/\/$/, '');
  var appPath = location.pathname.slice(base.length) || '/';
  document.documentElement.style.visibility = 'hidden';
  // The query stays as it was (?lang= included), so the address keeps what the link said.
  location.replace(base + '/' + lang + appPath + location.search + location.hash);
})();
