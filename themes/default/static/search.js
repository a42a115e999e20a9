/* search.js - results as you type, from the static index search/index.js
 * (window.plansiteSearch: {plans: [[id, title]], items: [[path, kind, plan, status, code, id,
 * title, text]]}). No network requests: it works from file:// too. Without JavaScript the
 * search page still lists every item from A to Z. */
(function () {
  "use strict";
  var data = window.plansiteSearch;
  var box = document.getElementById("search");
  if (!data || !box) return;
  var form = document.getElementById("search-form");
  var q = document.getElementById("search-q");
  var planSel = document.getElementById("search-plan");
  var kindSel = document.getElementById("search-kind");
  var statusSel = document.getElementById("search-status");
  var count = document.getElementById("search-count");
  var list = document.getElementById("search-results");
  var LIMIT = 50;

  function fold(s) {
    s = (s || "").toLowerCase();
    if (s.normalize) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return s.replace(/[\u2018\u2019]/g, "'");
  }
  function words(s) {
    return fold(s).split(/[^a-z0-9\u00c0-\uffff'.-]+/).filter(function (w) { return w; });
  }
  function optionLabels(sel) {
    var m = {};
    for (var i = 0; i < sel.options.length; i++) m[sel.options[i].value] = sel.options[i].text;
    return m;
  }
  var kindLabel = optionLabels(kindSel);
  var statusLabel = optionLabels(statusSel);

  var items = data.items.map(function (it) {
    return {
      path: it[0], kind: it[1], plan: it[2], status: it[3], code: it[4] || "", id: it[5] || "",
      title: it[6] || "", text: it[7] || "",
      ftitle: fold(it[6]), fkeys: fold((it[4] || "") + " " + (it[5] || "")),
      fall: fold([it[6], it[4], it[5], it[7]].join(" "))
    };
  });

  function score(it, terms, phrase) {
    var s = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (it.fall.indexOf(t) < 0) return -1;
      if (it.ftitle.indexOf(t) >= 0) s += 3;
      if (it.fkeys.indexOf(t) >= 0) s += 2;
    }
    if (it.fkeys === phrase || fold(it.code) === phrase || it.id === phrase) s += 100;
    if (it.ftitle.indexOf(phrase) >= 0) s += 10;
    if (it.ftitle.indexOf(phrase) === 0) s += 5;
    return s;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function render() {
    var phrase = fold(q.value).trim();
    var terms = words(q.value);
    var plan = planSel.value, kind = kindSel.value, status = statusSel.value;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!terms.length && !plan && !kind && !status) {
      count.textContent = "";
      return;
    }
    var hits = [];
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (plan && (it.plan === null || data.plans[it.plan][0] !== plan)) continue;
      if (kind && it.kind !== kind) continue;
      if (status && it.status !== status) continue;
      var s = terms.length ? score(it, terms, phrase) : 0;
      if (s >= 0) hits.push({ it: it, s: s, i: i });
    }
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    count.textContent = hits.length === 0 ? "No results" :
      hits.length === 1 ? "1 result" :
      hits.length > LIMIT ? hits.length + " results; the first " + LIMIT + " are shown" :
      hits.length + " results";
    for (var k = 0; k < hits.length && k < LIMIT; k++) {
      var h = hits[k].it;
      var li = el("li", "search__result");
      var a = el("a", null, h.title);
      a.href = "../" + h.path + "index.html";
      li.appendChild(a);
      var meta = [kindLabel[h.kind] || h.kind];
      if (h.code) meta[0] += " " + h.code;
      if (h.plan !== null) meta.push(data.plans[h.plan][1]);
      if (h.status) meta.push(statusLabel[h.status] || h.status);
      li.appendChild(el("p", "search__meta", meta.join(" · ")));
      if (h.text) li.appendChild(el("p", "search__text", h.text));
      list.appendChild(li);
    }
  }

  box.hidden = false;
  var m = /[?&]q=([^&]*)/.exec(window.location.search);
  if (m) q.value = decodeURIComponent(m[1].replace(/\+/g, " "));
  form.addEventListener("submit", function (e) { e.preventDefault(); render(); });
  q.addEventListener("input", render);
  planSel.addEventListener("change", render);
  kindSel.addEventListener("change", render);
  statusSel.addEventListener("change", render);
  render();
})();
