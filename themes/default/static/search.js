/* search.js - search over the split index in search/ (see generator/search/search.h).
 *
 * The page loads only search/manifest.js (the first key of every shard); each query then
 * loads the vocabulary shards of its words (word form -> stem group), the postings shards of
 * those stems, and the result fragments of the results shown. Every index file is a script
 * that calls plansiteSearch(name, data), so this works from file:// too (no fetch).
 *
 * Matching: each query word is folded as the build folds (search.h); a word matches its
 * stem group exactly, or as the prefix of longer forms, or through a shorter form it starts
 * with ("smokers": "smoke"), or - when none exists - forms one edit away (two for 8+
 * letters) with the same first letter, offered as "did you mean".
 * Codes ("1.2") match exactly and as parents of "1.2.x", never "11.2". Every word must
 * match. Ranking: an exact code, then words in the title, then the current plan, then exact
 * over fuzzy, then site order.
 *
 * Every word shown comes from the page: data-* attributes of #search and the filters'
 * option labels. Without JavaScript the page offers its browse lists instead. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || !window.Map || !String.prototype.normalize) return;
  var form = document.getElementById("search-form");
  var q = document.getElementById("search-q");
  var count = document.getElementById("search-count");
  var suggest = document.getElementById("search-suggest");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var FILTERS = ["plan", "kind", "status", "group", "dir"];
  var selects = {};
  FILTERS.forEach(function (f) { selects[f] = document.getElementById("search-" + f); });
  var PAGE = 20, PREFIX_STEMS = 40, TYPO_SHARDS = 6;

  function text(name) { return box.getAttribute("data-" + name) || ""; }
  function fill(template, n, m) { return template.replace("{n}", n).replace("{m}", m); }

  /* ---- loading index files as scripts ---- */
  var cache = {}, waiting = {};
  window.plansiteSearch = function (name, data) {
    cache[name] = data;
    var w = waiting[name] || [];
    delete waiting[name];
    w.forEach(function (fn) { fn(); });
  };
  /* One script element; a failed load is tried again once (Chromium sometimes aborts a
   * file:// load when several are under way), then counts as an empty file. */
  function add(name, tries) {
    var s = document.createElement("script");
    s.src = name + ".js";
    s.onload = s.onerror = function () {
      s.parentNode.removeChild(s);
      if (name in cache) return;
      if (tries > 0) add(name, tries - 1);
      else window.plansiteSearch(name, null);
    };
    document.head.appendChild(s);
  }
  function load(names, done) {
    var left = 1;
    function one() { if (--left === 0) done(); }
    names.forEach(function (name) {
      if (name in cache) return;
      left++;
      if (!waiting[name]) {
        waiting[name] = [];
        add(name, 1);
      }
      waiting[name].push(one);
    });
    one();
  }

  /* ---- keys, as the build makes them ---- */
  function fold(s) {
    return s.normalize("NFKD").toLowerCase().replace(/\u00df/g, "ss")
      .replace(/[\u0300-\u036f\u00ad\u200b-\u200f\u2060\ufeff]/g, "").normalize("NFC");
  }
  var TOKEN = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;
  var ONE_LETTER = /^[\p{L}\p{M}]$/u;
  function tokens(s) {
    var out = [];
    (fold(s).match(TOKEN) || []).forEach(function (t) {
      if (Array.from(t).length === 1 && ONE_LETTER.test(t)) return;
      if (out.indexOf(t) < 0) out.push(t);
    });
    return out;
  }
  function isCode(t) { return /^\p{N}+(\.\p{N}+)*$/u.test(t); }
  /* Code point order, the build's byte order (UTF-16 order differs above U+FFFF). */
  function cmp(a, b) {
    for (var i = 0, j = 0; ; ) {
      if (i >= a.length) return j >= b.length ? 0 : -1;
      if (j >= b.length) return 1;
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
  }
  /* The shard whose range holds key: the last whose first key is not after it. */
  function shardOf(firsts, key) {
    var lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (cmp(firsts[mid], key) <= 0) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /* The shards holding keys that start with prefix, at most max of them. */
  function shardsOfPrefix(firsts, prefix, max) {
    var out = [], i = shardOf(firsts, prefix);
    out.push(i);
    while (++i < firsts.length && firsts[i].lastIndexOf(prefix, 0) === 0 && out.length < max) out.push(i);
    return out;
  }

  /* Documents of an encoded list ("L": gaps, "B": bitmap; see write.c). */
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var VALUE = {};
  for (var k = 0; k < 64; k++) VALUE[DIGITS.charAt(k)] = k;
  function eachDoc(enc, fn) {
    if (!enc) return;
    var i, v;
    if (enc.charAt(0) === "B") {
      for (i = 1; i < enc.length; i++) {
        v = VALUE[enc.charAt(i)];
        for (var b = 0; b < 6; b++) if (v & (1 << b)) fn((i - 1) * 6 + b);
      }
      return;
    }
    var doc = -1, gap = 0, shift = 0;
    for (i = 1; i < enc.length; i++) {
      v = VALUE[enc.charAt(i)];
      gap += (v & 31) * Math.pow(2, shift);
      if (v & 32) { shift += 5; continue; }
      doc += gap + 1;
      fn(doc);
      gap = 0;
      shift = 0;
    }
  }

  /* Edit distance of a and b, or max + 1 once it must exceed max (adjacent swaps count 1). */
  function distance(a, b, max) {
    a = Array.from(a);
    b = Array.from(b);
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = [], prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var c = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) c = Math.min(c, prev2[j - 2] + 1);
        cur[j] = c;
        if (c < best) best = c;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  /* ---- one query ---- */
  var manifest = null, generation = 0, hits = [], shown = 0, lastSuggestions = [];

  function vocabName(i) { return "v/" + i; }
  function postingsName(i) { return "p/" + i; }

  /* The stem groups a word matches: [{stem, quality 3 exact / 2 prefix / 1 typo}], and the
   * form to suggest when only typos matched. */
  function resolve(t, last, done) {
    var code = isCode(t);
    var prefixOk = code || Array.from(t).length >= 3 || last;
    var shards = prefixOk ? shardsOfPrefix(manifest.v, t, 3) : [shardOf(manifest.v, t)];
    var found = new Map();
    function add(stem, quality) { if (!(found.get(stem) >= quality)) found.set(stem, quality); }
    load(shards.map(vocabName), function () {
      var prefixed = [];
      shards.forEach(function (i) {
        (cache[vocabName(i)] || []).forEach(function (e) {
          var f = e[0], stem = e.length > 2 ? e[2] : f;
          if (f === t) add(stem, 3);
          else if (prefixOk && f.lastIndexOf(t, 0) === 0 && (!code || f.charAt(t.length) === "."))
            prefixed.push(e);
        });
      });
      /* the most frequent longer forms first, so a short prefix stays cheap */
      prefixed.sort(function (x, y) { return y[1] - x[1]; });
      prefixed.forEach(function (e) { if (found.size < PREFIX_STEMS) add(e.length > 2 ? e[2] : e[0], 2); });
      var letters = Array.from(t);
      if (found.size || code || letters.length < 4 || /\p{N}/u.test(t)) return done(found, null);
      /* A form the corpus lacks ("smokers"): a shorter form it starts with ("smoke", at most
       * three letters less) stands for its stem group. No stemmer needed here. */
      var own = shardOf(manifest.v, t), near = own > 0 ? [own - 1, own] : [own];
      load(near.map(vocabName), function () {
        near.forEach(function (i) {
          (cache[vocabName(i)] || []).forEach(function (e) {
            var f = e[0], n = Array.from(f).length;
            if (n >= 4 && letters.length - n <= 3 && t.lastIndexOf(f, 0) === 0) add(e.length > 2 ? e[2] : f, 2);
          });
        });
        if (found.size) done(found, null);
        else typos();
      });
    });
    function typos() {
      var letters = Array.from(t);
      /* Typos: forms with the same first letter, one edit away (two for 8+ letters). */
      var max = letters.length >= 8 ? 2 : 1;
      /* all shards of that letter, or on a big site the ones nearest the word itself */
      var typoShards = shardsOfPrefix(manifest.v, letters[0], manifest.v.length);
      if (typoShards.length > TYPO_SHARDS) {
        var at = typoShards.indexOf(shardOf(manifest.v, t));
        var from = Math.max(0, Math.min(at - (TYPO_SHARDS >> 1), typoShards.length - TYPO_SHARDS));
        typoShards = typoShards.slice(from, from + TYPO_SHARDS);
      }
      load(typoShards.map(vocabName), function () {
        var best = null, bestD = max + 1, bestDf = 0;
        typoShards.forEach(function (i) {
          (cache[vocabName(i)] || []).forEach(function (e) {
            if (e[0].lastIndexOf(letters[0], 0) !== 0) return;
            var d = distance(t, e[0], max);
            if (d > max) return;
            add(e.length > 2 ? e[2] : e[0], 1);
            if (d < bestD || (d === bestD && e[1] > bestDf)) { best = e[0]; bestD = d; bestDf = e[1]; }
          });
        });
        done(found, best);
      });
    }
  }

  /* Loads the postings of the stems; per document the best (title, quality) as one number:
   * 4 if in the title, plus the quality. */
  function termScores(found, done) {
    var stems = Array.from(found.keys());
    var names = stems.map(function (s) { return postingsName(shardOf(manifest.p, s)); });
    load(names, function () {
      var score = new Uint8Array(manifest.docs);
      stems.forEach(function (stem, n) {
        var quality = found.get(stem);
        (cache[names[n]] || []).forEach(function (e) {
          if (e[0] !== stem) return;
          eachDoc(e[1], function (d) { if (score[d] < quality) score[d] = quality; });
          eachDoc(e[2], function (d) { if (score[d] < 4 + quality) score[d] = 4 + quality; });
        });
      });
      done(score);
    });
  }

  function chosenFilters() {
    var out = [];
    FILTERS.forEach(function (f) { if (selects[f] && selects[f].value) out.push(f + ":" + selects[f].value); });
    return out;
  }

  function filterSets(names, done) {
    if (!names.length) return done([]);
    load(["f/index"], function () {
      var index = cache["f/index"] || {};
      var files = names.map(function (n) { return n in index ? "f/" + index[n] : null; });
      load(files.filter(Boolean), function () {
        done(files.map(function (file) {
          var set = new Uint8Array(manifest.docs);
          if (file) eachDoc(cache[file], function (d) { set[d] = 1; });
          return set;
        }));
      });
    });
  }

  function search() {
    var gen = ++generation;
    var terms = tokens(q.value);
    var filters = chosenFilters();
    remember(filters);
    if (!terms.length && !filters.length) {
      hits = [];
      show(gen, [], 0);
      return;
    }
    count.textContent = text("loading");
    var resolved = [], suggestions = [], left = terms.length + 1;
    function step() {
      if (--left > 0 || gen !== generation) return;
      var scores = [], pending = resolved.length + 1;
      function scored() {
        if (--pending > 0 || gen !== generation) return;
        filterSets(filters, function (sets) {
          if (gen !== generation) return;
          rank(terms, scores, sets);
          show(gen, suggestions, 0);
        });
      }
      resolved.forEach(function (found, n) {
        termScores(found, function (s) { scores[n] = s; scored(); });
      });
      scored();
    }
    terms.forEach(function (t, n) {
      resolve(t, n === terms.length - 1, function (found, typo) {
        resolved[n] = found;
        suggestions[n] = typo;
        step();
      });
    });
    step();
  }

  function rank(terms, scores, sets) {
    hits = [];
    var current = manifest.current;
    for (var d = 0; d < manifest.docs; d++) {
      var title = 0, exact = 0, code = 0, ok = true, i;
      for (i = 0; ok && i < sets.length; i++) ok = sets[i][d] === 1;
      for (i = 0; ok && i < scores.length; i++) {
        var s = scores[i][d];
        if (!s) ok = false;
        else {
          if (s >= 4) title++;
          exact += s & 3;
          if (s === 7 && isCode(terms[i])) code++;
        }
      }
      if (ok) hits.push([code, title, d < current ? 1 : 0, exact, d]);
    }
    hits.sort(function (x, y) {
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || y[3] - x[3] || x[4] - y[4];
    });
  }

  /* ---- showing results ---- */
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content) e.textContent = content;
    return e;
  }
  function optionLabel(name, value) {
    var s = selects[name];
    for (var i = 0; s && i < s.options.length; i++) if (s.options[i].value === value) return s.options[i].text;
    return value;
  }

  function showSuggestion(suggestions) {
    while (suggest.firstChild) suggest.removeChild(suggest.firstChild);
    var words = tokens(q.value), changed = false;
    var fixed = words.map(function (w, i) { if (suggestions[i]) { changed = true; return suggestions[i]; } return w; });
    suggest.hidden = !changed;
    if (!changed) return;
    var phrase = fixed.join(" ");
    suggest.appendChild(document.createTextNode(text("did-you-mean") + " "));
    var a = el("a", null, phrase);
    a.href = "?" + address(phrase, chosenFilters());
    a.addEventListener("click", function (e) { e.preventDefault(); q.value = phrase; search(); q.focus(); });
    suggest.appendChild(a);
  }

  function show(gen, suggestions, from, then) {
    lastSuggestions = suggestions;
    showSuggestion(suggestions);
    if (from === 0) {
      while (list.firstChild) list.removeChild(list.firstChild);
      shown = 0;
    }
    var n = hits.length;
    if (!tokens(q.value).length && !chosenFilters().length) {
      count.textContent = "";
      more.hidden = true;
      return;
    }
    var upto = Math.min(n, from + PAGE);
    var page = hits.slice(from, upto).map(function (h) { return h[4]; });
    var blocks = [];
    page.forEach(function (d) {
      var name = "r/" + Math.floor(d / manifest.block);
      if (blocks.indexOf(name) < 0) blocks.push(name);
    });
    load(blocks, function () {
      if (gen !== generation) return;
      page.forEach(function (d) {
        var f = (cache["r/" + Math.floor(d / manifest.block)] || [])[d % manifest.block];
        if (f) list.appendChild(result(f));
      });
      shown = upto;
      count.textContent = n === 0 ? text("none") : n === 1 ? text("one")
        : shown < n ? fill(text("some-shown"), n, shown) : fill(text("some"), n, shown);
      more.hidden = shown >= n;
      if (then) then();
    });
  }

  /* [path, kind, plan, status, code, title, summary, deadline, leads] */
  function result(f) {
    var li = el("li", "search__result");
    var a = el("a", null, f[5]);
    a.href = (box.getAttribute("data-root") || "../") + f[0] + "index.html";
    li.appendChild(a);
    /* codes such as "Outcome 7" carry their own word */
    var heading = !f[4] ? optionLabel("kind", f[1]) : /^\p{L}/u.test(f[4]) ? f[4] : optionLabel("kind", f[1]) + " " + f[4];
    var meta = [heading];
    if (f[2]) meta.push(optionLabel("plan", f[2]));
    if (f[3]) meta.push(optionLabel("status", f[3]));
    li.appendChild(el("p", "search__meta", meta.join(" · ")));
    var extra = [];
    if (f[7]) extra.push(text("deadline") + " " + f[7]);
    if (f[8]) extra.push(text("leads") + " " + f[8]);
    if (extra.length) li.appendChild(el("p", "search__meta", extra.join(" · ")));
    if (f[6]) li.appendChild(el("p", "search__text", f[6]));
    return li;
  }

  /* ---- the address holds the query and filters, so a link reproduces the search ---- */
  function address(query, filters) {
    var parts = [];
    if (query) parts.push("q=" + encodeURIComponent(query).replace(/%20/g, "+"));
    filters.forEach(function (f) {
      var i = f.indexOf(":");
      parts.push(f.slice(0, i) + "=" + encodeURIComponent(f.slice(i + 1)));
    });
    return parts.join("&");
  }
  function remember(filters) {
    var a = address(q.value.trim(), filters);
    var url = window.location.pathname + (a ? "?" + a : "");
    try { window.history.replaceState(null, "", url); } catch (e) { /* some file:// setups */ }
  }
  function restore() {
    var params = {};
    window.location.search.replace(/^\?/, "").split("&").forEach(function (p) {
      var i = p.indexOf("=");
      if (i > 0) {
        try { params[p.slice(0, i)] = decodeURIComponent(p.slice(i + 1).replace(/\+/g, " ")); } catch (e) { /* bad escape */ }
      }
    });
    if (params.q) q.value = params.q;
    FILTERS.forEach(function (f) { if (selects[f] && params[f] !== undefined) selects[f].value = params[f]; });
  }

  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(search, 120); }

  load(["manifest"], function () {
    manifest = cache.manifest;
    if (!manifest) return; /* no index: the browse lists stay the way in */
    box.hidden = false;
    restore();
    form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); search(); });
    q.addEventListener("input", later);
    FILTERS.forEach(function (f) { if (selects[f]) selects[f].addEventListener("change", search); });
    more.addEventListener("click", function () {
      /* focus the first new result, so keyboard users carry on from there */
      var first = shown;
      show(generation, lastSuggestions, shown, function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) link.focus();
      });
    });
    search();
  });
})();
