// evac-extract review page: tooltips on marks, records linked to their evidence and back,
// filters, keyboard navigation, verdicts kept in localStorage and exported as JSONL.
// Every article-derived string is set through textContent, never parsed as HTML.
(() => {
  'use strict';
  const STORE = 'evac-extract-review';
  const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
  const articles = $$('section.article').map((section) => ({ section, ...JSON.parse(section.querySelector('script.article-data').textContent) }));
  const tips = Object.assign({}, ...articles.map((a) => a.tips));
  const byRecord = new Map();
  for (const a of articles) {
    for (const row of $$('tbody tr[data-record]', a.section)) byRecord.set(row.dataset.record, { article: a, row, index: Number(row.dataset.index) });
  }

  // Verdicts: keyed by document id, record index and evidence offset, so that a page rebuilt from
  // other results does not inherit verdicts for records that changed.
  const keyOf = ({ article, index }) => `${article.doc.id}#${index}@${article.doc.evacuations[index].mentions[0].start}`;
  let reviews = {};
  try { reviews = JSON.parse(localStorage.getItem(STORE) || '{}') || {}; } catch { reviews = {}; }
  const save = () => localStorage.setItem(STORE, JSON.stringify(reviews));

  const progress = document.querySelector('.progress');
  const showProgress = () => {
    const done = [...byRecord.values()].filter((r) => reviews[keyOf(r)]?.verdict).length;
    progress.textContent = `${done} of ${byRecord.size} records reviewed`;
  };

  const FIELDS = ['count', 'group', 'kind', 'status', 'origin', 'destination', 'date', 'corridor', 'source'];

  function paint(record) {
    const review = reviews[keyOf(record)];
    const { row } = record;
    row.classList.toggle('v-correct', review?.verdict === 'correct');
    row.classList.toggle('v-wrong', review?.verdict === 'wrong');
    for (const b of $$('button[data-verdict]', row)) b.setAttribute('aria-pressed', String(review?.verdict === b.dataset.verdict));
    for (const cell of $$('td[data-field]', row)) {
      cell.dataset.original ??= cell.textContent;
      const fixed = review?.corrections?.[cell.dataset.field];
      cell.textContent = fixed ?? cell.dataset.original;
      cell.classList.toggle('corrected', fixed !== undefined);
      cell.title = fixed !== undefined ? `extracted: ${cell.dataset.original}` : '';
    }
  }

  function update(record, change) {
    const key = keyOf(record);
    const next = { verdict: null, corrections: {}, ...reviews[key], ...change, reviewed_at: new Date().toISOString() };
    if (!next.verdict && !Object.keys(next.corrections).length) delete reviews[key];
    else reviews[key] = next;
    save();
    paint(record);
    showProgress();
  }

  const setVerdict = (record, verdict) => update(record, { verdict: reviews[keyOf(record)]?.verdict === verdict ? null : verdict });

  function edit(record) {
    const { row } = record;
    row.nextElementSibling?.classList.contains('edit') && row.nextElementSibling.remove();
    const tr = document.createElement('tr');
    tr.className = 'edit';
    const td = document.createElement('td');
    td.colSpan = row.cells.length;
    const select = document.createElement('select');
    for (const f of FIELDS) select.add(new Option(f, f));
    const input = document.createElement('input');
    input.placeholder = 'corrected value (empty: keep extracted)';
    input.size = 40;
    const fill = () => { input.value = reviews[keyOf(record)]?.corrections?.[select.value] ?? row.querySelector(`td[data-field="${select.value}"]`).textContent; };
    select.addEventListener('change', fill);
    fill();
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = 'Save';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    const close = () => { tr.remove(); row.focus(); };
    ok.addEventListener('click', () => {
      const corrections = { ...reviews[keyOf(record)]?.corrections };
      const original = row.querySelector(`td[data-field="${select.value}"]`).dataset.original ?? '';
      if (input.value.trim() === '' || input.value === original) delete corrections[select.value];
      else corrections[select.value] = input.value.trim();
      update(record, { corrections });
      close();
    });
    cancel.addEventListener('click', close);
    input.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') ok.click(); if (ev.key === 'Escape') close(); });
    td.append('correct ', select, ' ', input, ' ', ok, ' ', cancel);
    tr.append(td);
    row.after(tr);
    input.focus();
  }

  // Evidence and records, both ways.
  const pieces = (id) => $$('.hl[data-ids]').filter((el) => el.dataset.ids.split(' ').includes(id));
  const flash = (els) => {
    for (const el of els) { el.classList.remove('flash'); void el.getBoundingClientRect(); el.classList.add('flash'); }
  };
  function toEvidence(record) {
    const els = pieces(record.row.dataset.record);
    if (!els.length) return;
    els[0].scrollIntoView({ block: 'center', behavior: 'instant' });
    els[0].focus({ preventScroll: true });
    flash([...els, ...$$(`.route[data-record="${record.row.dataset.record}"]`, record.article.section)]);
  }
  function toRecord(record) {
    record.row.scrollIntoView({ block: 'center', behavior: 'instant' });
    record.row.focus({ preventScroll: true });
    flash([record.row]);
  }
  const recordIn = (el) => (el.dataset.ids || '').split(' ').map((id) => byRecord.get(id)).find(Boolean);

  document.addEventListener('click', (ev) => {
    const t = ev.target;
    const row = t.closest('tbody tr[data-record]');
    if (row) {
      const record = byRecord.get(row.dataset.record);
      const button = t.closest('button');
      if (button?.dataset.verdict) setVerdict(record, button.dataset.verdict);
      else if (button?.dataset.action === 'edit') edit(record);
      else if (!button) toEvidence(record);
      return;
    }
    const mark = t.closest('.hl[data-ids]') || t.closest('.route');
    const record = mark && (mark.dataset.record ? byRecord.get(mark.dataset.record) : recordIn(mark));
    if (record) toRecord(record);
  });

  // Tooltips: a mark's fields on hover or focus.
  const tip = document.querySelector('.tip');
  function showTip(el) {
    tip.replaceChildren();
    for (const id of el.dataset.ids.split(' ')) {
      const t = tips[id];
      if (!t) continue;
      const kind = document.createElement('div');
      kind.className = 'kind';
      kind.textContent = t.type;
      const dl = document.createElement('dl');
      for (const [label, value] of t.fields) {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.textContent = value;
        dd.dir = 'auto';
        dl.append(dt, dd);
      }
      tip.append(kind, dl);
    }
    const box = el.getBoundingClientRect();
    tip.hidden = false;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
    tip.style.left = `${Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
  }
  const hideTip = () => { tip.hidden = true; };
  document.addEventListener('mouseover', (ev) => { const el = ev.target.closest?.('.hl[data-ids]'); if (el) showTip(el); else hideTip(); });
  document.addEventListener('focusin', (ev) => { const el = ev.target.closest?.('.hl[data-ids]'); if (el) showTip(el); else hideTip(); });

  // Filters.
  const filters = document.querySelector('.filters');
  function applyFilters() {
    const kind = filters.kind.value;
    const status = filters.status.value;
    const relevance = Number(filters.relevance.value) || 0;
    for (const a of articles) {
      const r = a.section.dataset.relevance;
      const shown = r === undefined || Number(r) >= relevance;
      a.section.hidden = !shown;
      const entry = document.querySelector(`.index li[data-article="${a.section.id}"]`);
      if (entry) entry.hidden = !shown;
    }
    for (const { row } of byRecord.values()) row.hidden = (kind && row.dataset.kind !== kind) || (status && row.dataset.status !== status);
  }
  filters.addEventListener('input', applyFilters);
  filters.addEventListener('submit', (ev) => ev.preventDefault());

  // Keyboard: j/k records, Enter evidence, Esc back, c/w verdicts, e edit, n/p articles.
  const visibleRows = () => [...byRecord.values()].filter((r) => !r.row.hidden && !r.article.section.hidden);
  let current = null;
  document.addEventListener('focusin', (ev) => { const row = ev.target.closest?.('tbody tr[data-record]'); if (row) current = byRecord.get(row.dataset.record); });
  document.addEventListener('keydown', (ev) => {
    if (ev.target.closest('input, select, textarea') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const rows = visibleRows();
    const at = current ? rows.indexOf(current) : -1;
    const move = (to) => { const r = rows[Math.max(0, Math.min(rows.length - 1, to))]; if (r) { current = r; toRecord(r); } };
    const fromMark = ev.target.closest?.('.hl[data-ids]');
    switch (ev.key) {
      case 'j': case 'ArrowDown': if (!rows.length) return; move(at + 1); break;
      case 'k': case 'ArrowUp': if (!rows.length) return; move(at - 1); break;
      case 'Enter': if (fromMark) { const r = recordIn(fromMark); if (r) toRecord(r); } else if (current && ev.target === current.row) toEvidence(current); else return; break;
      case 'Escape': if (fromMark && current) toRecord(current); else return; break;
      case 'c': if (current) setVerdict(current, 'correct'); break;
      case 'w': if (current) setVerdict(current, 'wrong'); break;
      case 'e': if (current) edit(current); break;
      case 'n': case 'p': {
        const shown = articles.filter((a) => !a.section.hidden);
        const now = shown.findIndex((a) => a.section.getBoundingClientRect().top > 80);
        const target = ev.key === 'n' ? shown[now < 0 ? shown.length - 1 : now] : shown[Math.max(0, (now < 0 ? shown.length : now) - 2)];
        target?.section.scrollIntoView({ block: 'start' });
        break;
      }
      default: return;
    }
    ev.preventDefault();
  });

  // Export: one JSON line per document with reviewed records, those records only, each with its review.
  function exportLines() {
    const lines = [];
    for (const a of articles) {
      const evacuations = a.doc.evacuations
        .map((e, index) => ({ e, review: reviews[keyOf({ article: a, index })] }))
        .filter(({ review }) => review)
        .map(({ e, review }) => ({ ...e, review }));
      if (evacuations.length) lines.push(JSON.stringify({ ...a.doc, evacuations }));
    }
    return lines;
  }
  document.querySelector('.export').addEventListener('click', () => {
    const lines = exportLines();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(lines.map((l) => `${l}\n`), { type: 'application/x-ndjson' }));
    link.download = 'reviewed.jsonl';
    document.body.append(link);
    link.click();
    link.remove();
    progress.textContent = `exported ${lines.length} document${lines.length === 1 ? '' : 's'}`;
    setTimeout(showProgress, 3000);
  });

  for (const record of byRecord.values()) paint(record);
  showProgress();
})();
