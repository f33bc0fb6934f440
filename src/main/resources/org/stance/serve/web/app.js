// The analysts' page. Every piece of text from the user or the service goes into the page through
// textContent, attributes or text nodes, never through HTML parsing; the Content-Security-Policy
// forbids inline script and style besides.
'use strict';

(() => {
  const LABELS = ['demand', 'supply', 'enforcement', 'none'];
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  // One page, one state: the shown result, and the admin token, which lives only in this variable
  // (never in a cookie or in storage).
  const state = { result: null, source: '', kind: 'article', token: '', modelId: '', active: null, call: null };

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      e.setAttribute(k, v);
    }
    e.append(...children);
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      e.setAttribute(k, String(v));
    }
    e.append(...children);
    return e;
  }

  const fixed = (n, digits) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '–');
  const labelOf = (label) => (LABELS.includes(label) ? label : 'none');

  // ---- errors and progress -------------------------------------------------------------------

  class ApiFailure extends Error {
    constructor(status, body) {
      super(body && body.message ? body.message : `the service answered ${status}`);
      this.status = status;
      this.code = body && body.error ? body.error : `http_${status}`;
    }
  }

  function describe(error) {
    if (error instanceof ApiFailure) {
      switch (error.code) {
        case 'too_large': return `The text is too long for one request. ${error.message}`;
        case 'empty_text': return `There is nothing to analyse: paste an article first. (${error.message})`;
        case 'missing_text': return `The file has no text to classify. ${error.message}`;
        case 'unauthorized': return 'The admin token was refused: check it and enter it again.';
        default: return `The service refused the request (${error.status} ${error.code}). ${error.message}`;
      }
    }
    if (error instanceof TypeError) {
      return 'The service cannot be reached: it may have stopped. Start it again (java -jar target/stance.jar serve) and retry.';
    }
    return `Something went wrong: ${error.message}`;
  }

  function showError(message) {
    $('error').textContent = message;
  }

  function clearError() {
    $('error').textContent = '';
  }

  async function call(url, options) {
    const response = await fetch(url, options);
    const text = await response.text();
    if (!response.ok) {
      let body = null;
      try {
        body = JSON.parse(text);
      } catch (ignored) {
        // not JSON: the status alone describes it
      }
      throw new ApiFailure(response.status, body);
    }
    return { response, text };
  }

  // Runs one request at a time with a progress bar and the seconds it has taken so far.
  async function withProgress(label, work) {
    if (state.call) {
      state.call.abort();
    }
    const controller = new AbortController();
    state.call = controller;
    clearError();
    const started = Date.now();
    const box = $('progress-box');
    const tick = () => {
      $('progress-text').textContent = `${label}… ${Math.floor((Date.now() - started) / 1000)} s`;
    };
    tick();
    box.hidden = false;
    $('analyze').disabled = true;
    const timer = setInterval(tick, 500);
    try {
      await work(controller.signal);
    } catch (e) {
      if (e.name !== 'AbortError') {
        showError(describe(e));
      }
    } finally {
      clearInterval(timer);
      if (state.call === controller) {
        state.call = null;
        box.hidden = true;
        $('analyze').disabled = false;
      }
    }
  }

  // ---- calls ---------------------------------------------------------------------------------

  function analyze(text) {
    const words = text.split(/\s+/).filter(Boolean).length;
    return withProgress(`Analysing ${words.toLocaleString('en')} words`, async (signal) => {
      const { text: answer } = await call('/v1/analyze?explain=true', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
        signal,
      });
      show('article', text, JSON.parse(answer));
    });
  }

  function classifyCsv(csv, name) {
    return withProgress(`Classifying the rows of ${name}`, async (signal) => {
      const { response, text } = await call('/v1/classify?explain=true', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        body: csv,
        signal,
      });
      show('csv', csv, csvResult(parseCsv(text), response.headers.get('X-Model')));
    });
  }

  async function loadModel() {
    try {
      const { text } = await call('/v1/model', {});
      const model = JSON.parse(text);
      state.modelId = model.id;
      $('model').textContent = model.id;
      const real = model.realText;
      const m = model.metrics || {};
      $('model-figures').textContent = real && typeof real.macroF1 === 'number'
        ? `· on real text: macro-F1 ${fixed(real.macroF1, 3)}, none F1 ${fixed(real.noneF1, 3)}, accuracy ${fixed(real.accuracy, 3)}`
        : `· on the held-out test split: macro-F1 ${fixed(m.macroF1, 3)}, accuracy ${fixed(m.accuracy, 3)}`;
    } catch (e) {
      $('model').textContent = 'unavailable';
      showError(describe(e));
    }
  }

  async function correct(sentence, label, control, status) {
    clearError();
    if (/[^\x20-\x7e]/.test(state.token)) {
      showError('The admin token can only contain plain ASCII characters: check it and enter it again.');
      return;
    }
    control.disabled = true;
    status.textContent = 'storing…';
    try {
      await call('/v1/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${state.token}` },
        body: JSON.stringify({ text: sentence.text, label, note: `web page; model ${state.modelId} said ${sentence.label}` }),
      });
      control.setAttribute('data-stored', label);
      status.textContent = `stored as ${label}`;
    } catch (e) {
      status.textContent = 'not stored';
      showError(describe(e));
    } finally {
      control.disabled = false;
    }
  }

  // ---- CSV -----------------------------------------------------------------------------------

  // RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
  function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') {
          quoted = false;
        } else {
          field += c;
        }
      } else if (c === '"') {
        quoted = true;
      } else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') {
          i++;
        }
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
      } else {
        field += c;
      }
    }
    if (field !== '' || row.length > 0) {
      row.push(field);
      rows.push(row);
    }
    return rows;
  }

  function csvField(value) {
    const s = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  }

  // The classify answer: the input columns, then label, confidence, four scores and evidence.
  function csvResult(rows, model) {
    const header = rows[0] || [];
    const column = (name) => header.lastIndexOf(name);
    const textAt = header.indexOf('text');
    const sentences = rows.slice(1).map((r) => ({
      text: r[textAt],
      start: null,
      end: null,
      speaker: null,
      label: r[column('label')],
      confidence: Number(r[column('confidence')]),
      scores: Object.fromEntries(LABELS.map((l) => [l, Number(r[column(`score_${l}`)])])),
      evidence: (r[column('evidence')] || '').split('; ').filter(Boolean).map((pair) => {
        const at = pair.lastIndexOf('=');
        return { token: pair.slice(0, at), weight: Number(pair.slice(at + 1)) };
      }),
    }));
    const summary = Object.fromEntries(LABELS.map((l) => [l, 0]));
    sentences.forEach((s) => { summary[labelOf(s.label)] += 1; });
    return { sentences, summary, speakers: {}, model };
  }

  function toCsv(result) {
    const header = ['start', 'end', 'speaker', 'text', 'label', 'confidence', ...LABELS.map((l) => `score_${l}`)];
    const lines = [header.join(',')];
    for (const s of result.sentences) {
      lines.push([s.start, s.end, s.speaker, s.text, s.label, s.confidence, ...LABELS.map((l) => s.scores[l])]
        .map(csvField).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
  }

  function download(content, type, name) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // ---- the analysed text -------------------------------------------------------------------

  function strength(confidence) {
    if (confidence >= 0.8) {
      return 'conf-high';
    }
    return confidence >= 0.5 ? 'conf-mid' : 'conf-low';
  }

  function item(sentence, index) {
    const label = labelOf(sentence.label);
    const span = el('span', {
      'data-sentence': '',
      'data-index': String(index),
      'data-label': label,
      'data-confidence': String(sentence.confidence),
      'data-start': sentence.start === null ? '' : String(sentence.start),
      'data-end': sentence.end === null ? '' : String(sentence.end),
      'data-speaker': sentence.speaker || '',
      tabindex: '0',
      class: `sentence label-${label} ${strength(sentence.confidence)}`,
      title: `${label}, confidence ${fixed(sentence.confidence, 2)}${sentence.speaker ? `, said by ${sentence.speaker}` : ''}`,
    });
    span.textContent = sentence.text;
    const wrapper = el('span', { class: state.kind === 'csv' ? 'item row-item' : 'item' });
    if (sentence.speaker) {
      wrapper.append(el('span', { class: 'speaker-tag', 'aria-hidden': 'true' }, sentence.speaker));
    }
    wrapper.append(span);
    return wrapper;
  }

  // Offsets are Unicode code points; JavaScript strings count UTF-16 units, so the text between
  // sentences is cut from the article's code points, not from the string.
  function renderArticle(source, result) {
    const points = Array.from(source);
    const out = document.createDocumentFragment();
    let at = 0;
    result.sentences.forEach((s, i) => {
      if (s.start > at) {
        out.append(points.slice(at, s.start).join(''));
      }
      out.append(item(s, i));
      at = Math.max(at, s.end);
    });
    if (at < points.length) {
      out.append(points.slice(at).join(''));
    }
    return out;
  }

  function renderRows(result) {
    const out = document.createDocumentFragment();
    result.sentences.forEach((s, i) => out.append(item(s, i), '\n'));
    return out;
  }

  function show(kind, source, result) {
    state.kind = kind;
    state.source = source;
    state.result = result;
    state.active = null;
    $('result').replaceChildren(kind === 'csv' ? renderRows(result) : renderArticle(source, result));
    $('details').hidden = true;
    $('details').replaceChildren();
    fillSpeakers(result);
    renderSummary(result);
    renderChart(result);
    refreshCorrections();
    applyFilters();
    $('download-csv').disabled = false;
    $('download-json').disabled = false;
  }

  function sentenceOf(span) {
    return state.result.sentences[Number(span.getAttribute('data-index'))];
  }

  // Where each evidence word or phrase occurs in the sentence (UTF-16 positions within its text).
  function evidenceRanges(text, evidence) {
    const ranges = [];
    for (const e of evidence) {
      const words = e.token.split(/\s+/).filter(Boolean)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/'/g, "['\u2019]"));
      if (words.length === 0) {
        continue;
      }
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
      for (const m of text.matchAll(pattern)) {
        ranges.push({ start: m.index, end: m.index + m[0].length, weight: e.weight });
      }
    }
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    for (const r of ranges) {
      if (kept.length === 0 || r.start >= kept[kept.length - 1].end) {
        kept.push(r);
      }
    }
    return kept;
  }

  function highlight(span, sentence) {
    const text = sentence.text;
    const out = document.createDocumentFragment();
    let at = 0;
    for (const r of evidenceRanges(text, sentence.evidence || [])) {
      out.append(text.slice(at, r.start), el('mark', { class: r.weight >= 0 ? 'ev-pos' : 'ev-neg' }, text.slice(r.start, r.end)));
      at = r.end;
    }
    out.append(text.slice(at));
    span.replaceChildren(out);
  }

  function activate(span) {
    if (state.active === span) {
      return;
    }
    if (state.active) {
      state.active.textContent = sentenceOf(state.active).text;
      state.active.classList.remove('active');
    }
    state.active = span;
    const s = sentenceOf(span);
    span.classList.add('active');
    highlight(span, s);
    showDetails(s, Number(span.getAttribute('data-index')));
  }

  function showDetails(s, index) {
    const label = labelOf(s.label);
    const scores = el('table', { class: 'scores' }, el('caption', {}, 'Scores'));
    for (const l of LABELS) {
      const value = s.scores[l];
      scores.append(el('tr', { 'data-score': l },
        el('th', { scope: 'row' }, el('span', { class: `swatch label-${l}` }), ` ${l}`),
        el('td', {}, el('meter', { min: '0', max: '1', value: String(value), 'aria-label': `${l} score` })),
        el('td', { class: 'num' }, fixed(value, 3))));
    }
    const evidence = el('ul', { class: 'evidence' });
    for (const e of s.evidence || []) {
      evidence.append(el('li', {},
        el('span', { 'data-token': e.token, 'data-weight': String(e.weight), class: e.weight >= 0 ? 'ev-pos' : 'ev-neg' }, e.token),
        ` ${e.weight >= 0 ? '+' : '−'}${fixed(Math.abs(e.weight), 3)}`));
    }
    const where = s.start === null ? `Row ${index + 1}` : `Sentence ${index + 1} (code points ${s.start}–${s.end})`;
    $('details').replaceChildren(
      el('h2', {}, where),
      el('p', {}, el('span', { class: `badge label-${label}` }, label), ` confidence ${fixed(s.confidence, 3)}`),
      el('p', {}, s.speaker ? `Said by ${s.speaker}` : 'No speaker found'),
      scores,
      el('h3', {}, 'Evidence'),
      el('p', { class: 'hint' }, 'Words whose removal lowers the score of the label most (negative: they pulled the other way); highlighted in the sentence.'),
      (s.evidence || []).length ? evidence : el('p', {}, 'No evidence for this sentence.'));
    $('details').hidden = false;
  }

  // ---- filters, summary, chart ---------------------------------------------------------------

  function fillSpeakers(result) {
    const select = $('filter-speaker');
    const names = Object.keys(result.speakers || {});
    const options = [new Option('everyone', '*'), new Option('no speaker', '')];
    names.forEach((n) => options.push(new Option(n, n)));
    select.replaceChildren(...options);
  }

  function applyFilters() {
    if (!state.result) {
      return;
    }
    const shown = new Set(Array.from(document.querySelectorAll('[data-filter-label]'))
      .filter((c) => c.checked).map((c) => c.getAttribute('data-filter-label')));
    if ($('hide-none').checked) {
      shown.delete('none');
    }
    const speaker = $('filter-speaker').value;
    let count = 0;
    const spans = $('result').querySelectorAll('[data-sentence]');
    for (const span of spans) {
      const visible = shown.has(span.getAttribute('data-label'))
        && (speaker === '*' || speaker === span.getAttribute('data-speaker'));
      span.parentElement.hidden = !visible;
      count += visible ? 1 : 0;
    }
    const what = state.kind === 'csv' ? 'rows' : 'sentences';
    $('result-info').textContent = count === spans.length
      ? `${spans.length} ${what}, labelled by model ${state.result.model || state.modelId}.`
      : `Showing ${count} of ${spans.length} ${what}.`;
  }

  function rowsOf(result) {
    return [{ speaker: '', name: 'whole text', counts: result.summary },
      ...Object.entries(result.speakers || {}).map(([name, counts]) => ({ speaker: name, name, counts }))];
  }

  function renderSummary(result) {
    const body = $('summary').querySelector('tbody');
    body.replaceChildren(...rowsOf(result).map((r) => {
      const total = LABELS.reduce((n, l) => n + (r.counts[l] || 0), 0);
      return el('tr', { 'data-speaker': r.speaker },
        el('th', { scope: 'row' }, r.name),
        ...LABELS.map((l) => el('td', { 'data-label': l, class: 'num' }, String(r.counts[l] || 0))),
        el('td', { class: 'num' }, String(total)));
    }));
  }

  // Stacked bars of each label's share per speaker (100% each), so that speakers with few
  // sentences compare with the whole text; the table beside gives the counts.
  function renderChart(result) {
    const chart = $('chart');
    const nameWidth = 150;
    const barWidth = 480;
    const rowHeight = 30;
    const title = chart.querySelector('title');
    const parts = [title];
    let x = nameWidth;
    LABELS.forEach((l) => {
      parts.push(svg('rect', { x, y: 4, width: 14, height: 14, class: `seg label-${l}` }),
        svg('text', { x: x + 20, y: 16, class: 'chart-text' }, l));
      x += 120;
    });
    rowsOf(result).forEach((r, i) => {
      const y = 34 + i * rowHeight;
      const total = LABELS.reduce((n, l) => n + (r.counts[l] || 0), 0);
      parts.push(svg('text', { x: 0, y: y + 15, class: 'chart-text' }, r.name));
      let at = nameWidth;
      for (const l of LABELS) {
        const count = r.counts[l] || 0;
        const width = total ? (barWidth * count) / total : 0;
        parts.push(svg('rect', {
          x: at, y, width, height: 20, class: `seg label-${l}`,
          'data-speaker': r.speaker, 'data-label': l, 'data-count': count,
        }, svg('title', {}, `${r.name}: ${count} ${l} of ${total}`)));
        at += width;
      }
      parts.push(svg('text', { x: nameWidth + barWidth + 8, y: y + 15, class: 'chart-text' }, `n = ${total}`));
    });
    chart.replaceChildren(...parts);
    chart.setAttribute('height', String(40 + rowsOf(result).length * rowHeight));
    chart.setAttribute('viewBox', `0 0 720 ${40 + rowsOf(result).length * rowHeight}`);
  }

  // ---- corrections ---------------------------------------------------------------------------

  function correctionControl(span) {
    const s = sentenceOf(span);
    const select = el('select', { 'data-correct': '', 'aria-label': `Correct the label of sentence ${Number(span.getAttribute('data-index')) + 1}` });
    select.append(new Option('correct…', ''), ...LABELS.map((l) => new Option(l === s.label ? `${l} (as labelled)` : l, l)));
    const status = el('span', { class: 'stored', role: 'status' });
    select.addEventListener('change', () => {
      if (select.value) {
        correct(s, select.value, select, status);
      }
    });
    return el('span', { class: 'correction' }, select, status);
  }

  function refreshCorrections() {
    for (const span of $('result').querySelectorAll('[data-sentence]')) {
      const existing = span.parentElement.querySelector('.correction');
      if (state.token && !existing) {
        span.after(correctionControl(span));
      } else if (!state.token && existing) {
        existing.remove();
      }
    }
  }

  // ---- keyboard ------------------------------------------------------------------------------

  function move(span, key) {
    const visible = Array.from($('result').querySelectorAll('[data-sentence]')).filter((s) => !s.parentElement.hidden);
    const at = visible.indexOf(span);
    const target = {
      ArrowRight: visible[at + 1], ArrowDown: visible[at + 1], ArrowLeft: visible[at - 1], ArrowUp: visible[at - 1],
      Home: visible[0], End: visible[visible.length - 1],
    }[key];
    if (target) {
      target.focus();
    }
    return key in { ArrowRight: 1, ArrowDown: 1, ArrowLeft: 1, ArrowUp: 1, Home: 1, End: 1 };
  }

  // ---- files ---------------------------------------------------------------------------------

  async function openFile(file) {
    if (!file) {
      return;
    }
    const name = file.name.toLowerCase();
    if (!name.endsWith('.txt') && !name.endsWith('.csv')) {
      showError(`Choose a .txt article or a .csv file with a text column; ${file.name} is neither.`);
      return;
    }
    const text = await file.text();
    if (name.endsWith('.csv')) {
      classifyCsv(text, file.name);
    } else {
      $('article').value = text;
      analyze(text);
    }
  }

  // ---- wiring --------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    $('analyze').addEventListener('click', () => analyze($('article').value));
    $('file').addEventListener('change', async () => {
      await openFile($('file').files[0]);
      $('file').value = '';
    });
    const drop = $('drop');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('dragging');
      openFile(e.dataTransfer.files[0]);
    });
    // A file dropped beside the box must not replace the page.
    document.addEventListener('dragover', (e) => e.preventDefault());
    document.addEventListener('drop', (e) => e.preventDefault());

    const result = $('result');
    const pick = (e) => {
      const span = e.target.closest && e.target.closest('[data-sentence]');
      if (span && state.result) {
        activate(span);
      }
    };
    result.addEventListener('mouseover', pick);
    result.addEventListener('focusin', pick);
    result.addEventListener('keydown', (e) => {
      if (e.target.hasAttribute('data-sentence') && move(e.target, e.key)) {
        e.preventDefault();
      }
    });

    document.querySelectorAll('[data-filter-label]').forEach((c) => c.addEventListener('change', applyFilters));
    $('hide-none').addEventListener('change', applyFilters);
    $('filter-speaker').addEventListener('change', applyFilters);
    $('token').addEventListener('input', () => {
      state.token = $('token').value.trim();
      refreshCorrections();
    });
    $('download-csv').addEventListener('click', () => download(toCsv(state.result), 'text/csv;charset=utf-8',
      `stance-${state.kind}.csv`));
    $('download-json').addEventListener('click', () => download(JSON.stringify(state.result, null, 2),
      'application/json', `stance-${state.kind}.json`));
    loadModel();
  });
})();
