// bantin: search in the browser, from the static index that the build writes to tim-kiem/chi-muc/
// (see Sources/BanTin/Search). No library, no request but for the index's own small files.
// The search page works without this script: it then explains how to browse instead.
(function () {
  'use strict';
  var form = document.querySelector('[data-search-form]');
  if (!form || !window.fetch || !window.TextEncoder || !window.TextDecoder || !String.prototype.normalize) { return; }

  var PAGE = 10;              // results shown at a time
  var COMPLETIONS = 2;        // other syllables tried for the one being typed
  var MAX_TOKEN = 40;         // as SearchTokenizer.maxTokenLength
  var SNIPPET = 200;          // characters of a snippet
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var VALUE = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) { VALUE[DIGITS.charCodeAt(d)] = d; }

  var base = form.getAttribute('data-index');
  var home = form.getAttribute('data-home') || '/';
  var input = form.querySelector('[data-search-input]');
  var categorySelect = form.querySelector('[data-search-category]');
  var yearSelect = form.querySelector('[data-search-year]');
  var results = document.querySelector('[data-search-results]');
  var statusLine = results.querySelector('[data-search-status]');
  var list = results.querySelector('[data-search-list]');
  var more = results.querySelector('[data-search-more]');
  var help = document.querySelector('[data-search-help]');
  var notes = document.querySelectorAll('[data-search-nojs]');
  for (var n = 0; n < notes.length; n++) { notes[n].hidden = true; }

  // ---- Text: the same syllables, folding and pairs as SearchTokenizer.swift ----
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var SPACES = /^[\t\p{Zs}]+$/u;

  var folds = new Map();
  function fold(lower) {
    var folded = folds.get(lower);
    if (folded === undefined) {
      folded = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0111/g, 'd');
      if (folds.size < 50000) { folds.set(lower, folded); }
    }
    return folded;
  }

  var ASCII = /^[\x00-\x7f]*$/;

  // Syllables of `text` with their place: {exact, folded, follows, start, end}; without
  // `exact` when `foldedOnly` (marking words in results needs no more, and is done often).
  function tokens(text, foldedOnly) {
    var out = [];
    var lastEnd = 0;
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var raw = match[0];
      var points = Array.from(raw);
      if (points.length > MAX_TOKEN) { raw = points.slice(0, MAX_TOKEN).join(''); }
      var lower = raw.toLowerCase();
      var folded = ASCII.test(lower) ? lower : fold(lower);
      var end = match.index + match[0].length;
      if (folded) {
        out.push({
          exact: foldedOnly ? '' : lower.normalize('NFC'), folded: folded, start: match.index, end: end,
          follows: out.length > 0 && SPACES.test(text.slice(lastEnd, match.index))
        });
        lastEnd = end;  // a skipped run (marks alone) is not a space: it breaks the pair
      }
    }
    return out;
  }

  // ---- Index files, each fetched once ----
  var files = new Map();
  var downloaded = 0;  // bytes of index files fetched, and milliseconds spent reading them
  var parsing = 0;
  function load(path) {
    var url = base + path;
    if (!files.has(url)) {
      var request = fetch(url).then(function (response) {
        if (!response.ok) { throw new Error(url + ': ' + response.status); }
        return response.arrayBuffer();
      }).then(function (buffer) {
        var started = performance.now();
        downloaded += buffer.byteLength;
        var parsed = JSON.parse(new TextDecoder().decode(buffer));
        parsing += performance.now() - started;
        return parsed;
      });
      request.catch(function () { files.delete(url); });
      files.set(url, request);
    }
    return files.get(url);
  }

  function hash(key) {
    var bytes = new TextEncoder().encode(key);
    var value = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { value = Math.imul(value ^ bytes[i], 0x01000193) >>> 0; }
    return value;
  }

  function vocabularyName(folded) {
    var point = folded.codePointAt(0);
    var c = String.fromCodePoint(point);
    return /^[0-9a-z]$/.test(c) ? c : 'u' + point.toString(16);
  }

  // Calls visit(document, weight, formIsExact) for every posting of a key (see PostingCodec.swift:
  // a digit below 48 is gap × 16 + weight; 48 + weight is followed by the gap − 3 in base 32).
  function postings(entry, exact, visit) {
    for (var form in entry) {
      if (form === '#') { continue; }  // the number of articles with the key
      var text = entry[form];
      var isExact = form === exact;
      var doc = -1;
      var i = 0;
      while (i < text.length) {
        var value = VALUE[text.charCodeAt(i++)];
        if (value < 48) {
          doc += (value >> 4) + 1;
        } else {
          var gap = 0;
          var digit = 32;
          while (digit >= 32) { digit = VALUE[text.charCodeAt(i++)]; gap = gap * 32 + (digit & 31); }
          doc += gap + 4;
        }
        visit(doc, value & 15, isExact);
      }
    }
  }

  // A weight: 8 = in the title, plus a step of how much the article uses the syllable (each use in
  // the summary or a tag counts 3); USES holds a typical number of uses of each step.
  var USES = [1, 2, 3.5, 6, 9.5, 14.5, 22, 32];
  function weightValue(weight) {
    return 1 + Math.log(USES[weight & 7]) + ((weight & 8) ? 3 : 0);
  }

  // The query as slots, one per syllable; the syllable being typed also tries the most common
  // syllables that begin with it.
  function plan(text, meta) {
    var found = tokens(text);
    var open = found.length > 0 && found[found.length - 1].end === text.length;
    var slots = found.map(function (token) {
      return { exact: token.exact, folded: token.folded, follows: token.follows, keys: [token.folded], complete: true };
    });
    if (!open || slots.length === 0) { return Promise.resolve(slots); }
    var last = slots[slots.length - 1];
    // A single letter being typed says too little: wait for the next one (unless it is all there is).
    if (Array.from(last.folded).length < 2 && !/[0-9]/.test(last.folded)) {
      if (slots.length > 1) { slots.pop(); }
      return Promise.resolve(slots);
    }
    var name = vocabularyName(last.folded);
    if (meta.vocabulary.indexOf(name) < 0) { return Promise.resolve(slots); }
    return load('v/' + name + '.json').then(function (words) {
      var known = false;
      var longer = [];
      for (var i = 0; i < words.length; i++) {
        var word = words[i][0];
        if (word === last.folded) { known = true; } else if (word.lastIndexOf(last.folded, 0) === 0) { longer.push(words[i]); }
      }
      longer.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
      last.keys = (known ? [last.folded] : []).concat(longer.slice(0, COMPLETIONS).map(function (w) { return w[0]; }));
      last.complete = known;
      return slots;
    });
  }

  var scratch = null;

  function shardOf(key, meta) { return 't/' + (hash(key) % meta.shards) + '.json'; }

  // Ranks the articles that contain every syllable (or a completion of the last one): first by
  // how many syllables match with the very tones typed, then by a score where each syllable
  // counts by its rarity and its place (title, summary and tags, body), and each pair of
  // syllables that stand side by side in the article as in the query adds more.
  function rank(slots, meta) {
    var total = meta.documents;
    var pairs = [];
    for (var s = 1; s < slots.length; s++) {
      if (slots[s].follows && slots[s].complete) {
        pairs.push({ key: slots[s - 1].folded + ' ' + slots[s].folded, exact: slots[s - 1].exact + ' ' + slots[s].exact });
      }
    }
    var keys = [];
    slots.forEach(function (slot) { keys = keys.concat(slot.keys); });
    pairs.forEach(function (pair) { keys.push(pair.key); });
    var shardNames = Array.from(new Set(keys.map(function (key) { return shardOf(key, meta); })));
    return Promise.all(shardNames.map(load)).then(function (loaded) {
      var shards = {};
      shardNames.forEach(function (name, i) { shards[name] = loaded[i]; });
      function entry(key) { return shards[shardOf(key, meta)][key]; }

      // Scratch arrays, one slot per article, reused from query to query (no garbage to collect);
      // `score` and `exact` are replaced, since a shown query keeps its own.
      if (!scratch || scratch.total !== total) {
        scratch = { total: total, matched: new Uint8Array(total), best: new Float64Array(total),
          bestExact: new Float64Array(total), stamp: new Int32Array(total) };
      }
      var score = new Float64Array(total);
      var exact = new Uint8Array(total);
      var matched = scratch.matched.fill(0);
      var best = scratch.best;
      var bestExact = scratch.bestExact;
      var stamp = scratch.stamp.fill(-1);
      function rarity(item) { return Math.log(1 + total / Math.max(1, item['#'] || 1)); }
      // A syllable counts by its best form in the article: a form with the very tones typed
      // (doubled) before any other; a completion of the syllable being typed counts half.
      slots.forEach(function (slot, index) {
        var touched = [];
        slot.keys.forEach(function (key) {
          var item = entry(key);
          if (!item) { return; }
          var idf = rarity(item) * (key === slot.folded ? 1 : 0.5);
          postings(item, slot.exact, function (doc, weight, isExact) {
            var value = idf * weightValue(weight);
            if (stamp[doc] !== index) {
              stamp[doc] = index;
              best[doc] = 0;
              bestExact[doc] = 0;
              touched.push(doc);
            }
            if (isExact) {
              if (value > bestExact[doc]) { bestExact[doc] = value; }
            } else if (value > best[doc]) {
              best[doc] = value;
            }
          });
        });
        for (var t = 0; t < touched.length; t++) {
          var doc = touched[t];
          matched[doc]++;
          if (bestExact[doc] > 0) {
            exact[doc]++;
            score[doc] += 2 * bestExact[doc];
          } else {
            score[doc] += best[doc];
          }
        }
      });
      pairs.forEach(function (pair) {
        var item = entry(pair.key);
        if (!item) { return; }
        var idf = rarity(item);
        postings(item, pair.exact, function (doc, weight, isExact) {
          score[doc] += idf * weightValue(weight) * (isExact ? 3 : 2);
        });
      });
      var found = [];
      for (var doc = 0; doc < total; doc++) { if (matched[doc] === slots.length && slots.length > 0) { found.push(doc); } }
      return { found: found, exact: exact, score: score };
    });
  }

  function filter(found, meta) {
    var category = categorySelect ? categorySelect.value : '';
    var year = yearSelect ? parseInt(yearSelect.value, 10) : NaN;
    var wanted = -1;
    if (category) {
      meta.categories.forEach(function (item, index) { if (item.slug === category) { wanted = index; } });
    }
    var low = 0;
    var high = meta.documents;
    if (!isNaN(year)) {
      low = high;
      for (var y = 0; y < meta.years.length; y++) {
        if (meta.years[y][0] === year) {
          low = meta.years[y][1];
          high = y + 1 < meta.years.length ? meta.years[y + 1][1] : meta.documents;
        }
      }
    }
    var width = meta.categoryWidth;
    var codes = meta.documentCategories;
    return found.filter(function (doc) {
      if (doc < low || doc >= high) { return false; }
      if (wanted < 0) { return true; }
      var value = VALUE[codes.charCodeAt(doc * width)];
      if (width === 2) { value = value * 64 + VALUE[codes.charCodeAt(doc * width + 1)]; }
      return value === wanted;
    });
  }

  // The best `count` of the articles found, best first: only those shown are sorted.
  function top(state, count) {
    if (state.sorted.length >= Math.min(count, state.found.length)) { return state.sorted; }
    var exact = state.exact;
    var score = state.score;
    function better(a, b) { return exact[a] !== exact[b] ? exact[a] > exact[b] : score[a] !== score[b] ? score[a] > score[b] : a > b; }
    var chosen = [];
    state.found.forEach(function (doc) {
      if (chosen.length === count && !better(doc, chosen[count - 1])) { return; }
      var at = chosen.length;
      while (at > 0 && better(doc, chosen[at - 1])) { at--; }
      chosen.splice(at, 0, doc);
      if (chosen.length > count) { chosen.pop(); }
    });
    state.sorted = chosen;
    return chosen;
  }

  // ---- Showing results ----
  // `text` as nodes, the syllables of `wanted` (folded) in <mark>, neighbours in one mark.
  function marked(text, wanted, into) {
    var found = tokens(text, true);
    var position = 0;
    var open = null;
    for (var i = 0; i < found.length; i++) {
      if (!wanted.has(found[i].folded)) { continue; }
      if (open && found[i].follows && open.end === i - 1) {
        open.to = found[i].end;
        open.end = i;
        continue;
      }
      if (open) { position = flush(open); }
      open = { from: found[i].start, to: found[i].end, end: i };
    }
    if (open) { position = flush(open); }
    if (position < text.length) { into.appendChild(document.createTextNode(text.slice(position))); }
    function flush(run) {
      if (run.from > position) { into.appendChild(document.createTextNode(text.slice(position, run.from))); }
      var element = document.createElement('mark');
      element.textContent = text.slice(run.from, run.to);
      into.appendChild(element);
      return run.to;
    }
  }

  function snippet(text, wanted) {
    if (text.length <= SNIPPET) { return text; }
    var found = tokens(text, true);
    var first = 0;
    for (var i = 0; i < found.length; i++) { if (wanted.has(found[i].folded)) { first = found[i].start; break; } }
    var start = Math.max(0, first - 60);
    if (start > 0) { var space = text.indexOf(' ', start); start = space >= 0 && space < first ? space + 1 : start; }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) { var cut = text.lastIndexOf(' ', end); end = cut > start ? cut : end; }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function item(doc, record, meta, wanted) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var heading = document.createElement('h3');
    heading.className = 'search-result-title';
    var link = document.createElement('a');
    link.href = record[0];
    marked(record[1], wanted, link);
    heading.appendChild(link);
    var line = document.createElement('p');
    line.className = 'search-result-meta';
    var date = document.createElement('span');
    date.textContent = record[2];
    line.appendChild(date);
    var value = VALUE[meta.documentCategories.charCodeAt(doc * meta.categoryWidth)];
    if (meta.categoryWidth === 2) { value = value * 64 + VALUE[meta.documentCategories.charCodeAt(doc * 2 + 1)]; }
    var category = meta.categories[value];
    if (category) {
      line.appendChild(document.createTextNode(' · '));
      var categoryLink = document.createElement('a');
      categoryLink.href = home + category.slug + '/';
      categoryLink.textContent = category.name;
      line.appendChild(categoryLink);
    }
    var text = document.createElement('p');
    text.className = 'search-result-snippet';
    marked(snippet(record[3], wanted), wanted, text);
    li.appendChild(heading);
    li.appendChild(line);
    li.appendChild(text);
    return li;
  }

  function say(template, values) {
    return (results.getAttribute(template) || '').replace(/\{(\w+)\}/g, function (all, key) {
      return values[key] !== undefined ? values[key] : all;
    });
  }

  // ---- Running a query ----
  var current = null;
  var sequence = 0;

  function show(state, from, to) {
    var docs = top(state, to).slice(from, to);
    var chunks = Array.from(new Set(docs.map(function (doc) { return 'b/' + Math.floor(doc / state.meta.chunk) + '.json'; })));
    return Promise.all(chunks.map(load)).then(function (loaded) {
      if (state.sequence !== sequence) { return; }
      var byName = {};
      chunks.forEach(function (name, i) { byName[name] = loaded[i]; });
      var fragment = document.createDocumentFragment();
      docs.forEach(function (doc) {
        var record = byName['b/' + Math.floor(doc / state.meta.chunk) + '.json'][doc % state.meta.chunk];
        if (record) { fragment.appendChild(item(doc, record, state.meta, state.wanted)); }
      });
      list.appendChild(fragment);
      state.shown = Math.min(to, state.found.length);
      more.hidden = state.shown >= state.found.length;
    });
  }

  function run() {
    var started = performance.now();
    var query = input.value;
    var mine = ++sequence;
    results.setAttribute('data-state', 'busy');
    updateAddress(query);
    if (tokens(query).length === 0) {
      list.textContent = '';
      more.hidden = true;
      results.hidden = true;
      if (help) { help.hidden = false; }
      results.setAttribute('data-state', 'idle');
      return Promise.resolve();
    }
    var steps = [];
    function step(name) { steps.push(name + ' ' + Math.round((performance.now() - started) * 10) / 10); }
    return load('meta.json').then(function (meta) {
      step('meta');
      return plan(query, meta).then(function (slots) {
        step('plan');
        return rank(slots, meta).then(function (ranked) {
          step('rank');
          if (mine !== sequence) { return; }
          var wanted = new Set();
          slots.forEach(function (slot) { slot.keys.forEach(function (key) { wanted.add(key); }); });
          var state = {
            sequence: mine, found: filter(ranked.found, meta), exact: ranked.exact, score: ranked.score, sorted: [],
            shown: 0, wanted: wanted, meta: meta, query: query.trim()
          };
          current = state;
          list.textContent = '';
          results.hidden = false;
          if (help) { help.hidden = true; }
          statusLine.textContent = state.found.length > 0
            ? say('data-text-count', { n: String(state.found.length).replace(/\B(?=(\d{3})+$)/g, '.'), q: state.query })
            : say('data-text-none', { q: state.query });
          step('filter');
          return show(state, 0, PAGE).then(function () {
            if (mine !== sequence) { return; }
            step('shown');
            results.setAttribute('data-steps', steps.join(', '));
            results.setAttribute('data-ms', String(Math.round((performance.now() - started) * 10) / 10));
            results.setAttribute('data-count', String(state.found.length));
            results.setAttribute('data-query', query);
            results.setAttribute('data-bytes', String(downloaded));
            results.setAttribute('data-parse-ms', String(Math.round(parsing * 10) / 10));
            results.setAttribute('data-state', 'done');
          });
        });
      });
    }).catch(function () {
      if (mine !== sequence) { return; }
      results.hidden = false;
      statusLine.textContent = say('data-text-error', {});
      results.setAttribute('data-state', 'error');
    });
  }

  function updateAddress(query) {
    if (!window.history || !window.URLSearchParams) { return; }
    var params = new URLSearchParams();
    if (query) { params.set('q', query); }
    if (categorySelect && categorySelect.value) { params.set('chuyen-muc', categorySelect.value); }
    if (yearSelect && yearSelect.value) { params.set('nam', yearSelect.value); }
    var search = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  [categorySelect, yearSelect].forEach(function (select) {
    if (select) { select.addEventListener('change', function () { clearTimeout(timer); run(); }); }
  });
  more.addEventListener('click', function () {
    var state = current;
    if (!state) { return; }
    var first = list.children.length;
    show(state, state.shown, state.shown + PAGE).then(function () {
      var next = list.children[first];
      var link = next && next.querySelector('a');
      if (link) { link.focus(); }
    });
  });

  if (window.URLSearchParams) {
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) { input.value = params.get('q'); }
    if (categorySelect && params.get('chuyen-muc')) { categorySelect.value = params.get('chuyen-muc'); }
    if (yearSelect && params.get('nam')) { yearSelect.value = params.get('nam'); }
  }
  if (input.value) { run(); }
})();
