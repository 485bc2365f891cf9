// The review page's script: plain DOM, no framework, keyboard first. Served by server.ts as /client.js.
(() => {
  const token = document.querySelector('meta[name="review-token"]').content;
  const $ = (id) => document.getElementById(id);
  const state = {
    draft: null,
    series: [],
    entities: [],
    units: [],
    bounds: [],
    roles: [],
    topics: [],
    kinds: [],
    items: [],
    current: 0,
  };

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "text") node.textContent = v;
      else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) node.append(c);
    return node;
  }

  function field(labelText, input) {
    return el("label", {}, labelText, input);
  }

  function select(name, options, value) {
    const s = el("select", { name });
    for (const [v, label] of options) s.append(el("option", { value: v, text: label, selected: v === value }));
    return s;
  }

  const seriesOptions = () => [
    ["", "— choose a series —"],
    ...state.series.map((s) => [s.slug, `${s.title} (${s.unit})`]),
  ];

  function renderSource() {
    const s = state.draft.source;
    const box = $("source");
    const input = (name, value, label, width = 14) =>
      box.append(field(label, el("input", { name, value: value ?? "", size: width })));
    input("id", s.id, "Source id", 26);
    input("title", s.title, "Title", 36);
    input("author", s.author, "Author", 18);
    input("publication", s.publication, "Publication", 18);
    input("publisher", s.publisher, "Publisher", 18);
    input("published", s.published, "Published (YYYY-MM-DD)", 12);
    input("url", s.url, "URL", 30);
  }

  function renderArticle() {
    const box = $("article");
    const text = state.draft.text;
    const starts = [...new Set(state.draft.candidates.map((c) => c.sentenceStart))];
    let paragraphStart = 0;
    for (const para of text.split(/\n\s*\n/)) {
      const start = text.indexOf(para, paragraphStart);
      paragraphStart = start + para.length;
      const p = el("p");
      let at = 0;
      for (const s of starts.filter((x) => x >= start && x < start + para.length)) {
        const c = state.draft.candidates.find((x) => x.sentenceStart === s);
        const local = s - start;
        if (local < at) continue;
        p.append(para.slice(at, local));
        const span = el("span", { "data-start": s, text: c.sentence });
        p.append(span);
        at = local + c.sentence.length;
      }
      p.append(para.slice(at));
      box.append(p);
    }
  }

  function markSentence(c) {
    const i = c.sentence.indexOf(c.raw);
    const q = el("q");
    if (i < 0) q.append(c.sentence);
    else q.append(c.sentence.slice(0, i), el("mark", { text: c.raw }), c.sentence.slice(i + c.raw.length));
    return q;
  }

  function renderCandidate(c, index) {
    const item = {
      c,
      status: c.notFigure ? "not-a-figure" : "pending",
      li: el("li", { tabindex: "-1", "data-id": c.id, "data-status": c.notFigure ? "not-a-figure" : "pending" }),
    };
    const f = {
      value: el("input", { name: "value", inputmode: "decimal", value: String(c.value), size: 14 }),
      valueHigh: el("input", {
        name: "valueHigh",
        inputmode: "decimal",
        value: c.valueHigh === null || c.valueHigh === undefined ? "" : String(c.valueHigh),
        size: 10,
      }),
      bound: select(
        "bound",
        state.bounds.map((b) => [b, b]),
        c.bound,
      ),
      strict: el("input", { name: "strict", type: "checkbox", checked: c.strict }),
      period: el("input", { name: "period", value: c.period.period, size: 12 }),
      periodKind: select(
        "periodKind",
        [
          ["span", "span (the whole period)"],
          ["uncertain", "uncertain (a moment in it)"],
        ],
        c.period.kind ?? "span",
      ),
      // A period read against the article's date is only as sure as that date.
      circa: el("input", { name: "circa", type: "checkbox", checked: Boolean(c.period.relative) && !fullDay() }),
      series: select("series", seriesOptions(), c.series ?? ""),
      note: el("input", {
        name: "note",
        value: c.period.inferredFrom
          ? `Period inferred (${c.period.cue}) from: "${c.period.inferredFrom.slice(0, 160)}".`
          : c.period.vague || c.period.assumed
            ? `Period read from "${c.period.cue}".`
            : "",
        size: 30,
      }),
      quote: el("textarea", { name: "quote", class: "quote", rows: 2 }),
    };
    f.quote.value = c.clause;
    item.fields = f;
    const status = el("strong", { class: "status", text: item.status });
    item.statusEl = status;
    const cue = [
      `${c.unit}`,
      c.boundCue ? `bound cue "${c.boundCue}"` : null,
      `period cue "${c.period.cue}"${c.period.vague ? " (vague)" : ""}${c.period.kind === "uncertain" ? " (a moment)" : ""}`,
      c.period.inferredFrom ? `period inferred from "${c.period.inferredFrom.slice(0, 120)}"` : null,
      c.repeatOf ? `stated earlier as ${c.repeatOf}` : null,
      c.range ? `range ${c.range.low}–${c.range.high}` : null,
      c.change ? `${c.change.kind} ("${c.change.cue}")` : null,
      c.notFigure ? `not a figure: ${c.notFigure}` : null,
    ].filter(Boolean);
    item.li.append(
      el("div", {}, `${index + 1}. `, el("b", { text: c.raw }), " · ", status, ` · ${cue.join(" · ")}`),
      markSentence(c),
      el(
        "div",
        { class: "fields" },
        field("Value (base units)", f.value),
        field("High end of a range", f.valueHigh),
        field("Bound", f.bound),
        field("Strict", f.strict),
        field("Period (ISO 8601)", f.period),
        field("Period kind", f.periodKind),
        field("Circa", f.circa),
        field("Series", f.series),
        field("Note", f.note),
      ),
      field("Quote (verbatim, with its qualifier)", f.quote),
    );
    item.li.addEventListener("focus", () => select_(state.items.indexOf(item), false));
    return item;
  }

  function setStatus(item, status) {
    item.status = status;
    item.li.dataset.status = status;
    item.statusEl.textContent = status;
    summary();
  }

  function summary() {
    const count = (s) => state.items.filter((i) => i.status === s).length;
    $("summary").textContent =
      `${state.items.length} candidates: ${count("accepted")} accepted, ${count("rejected")} rejected, ` +
      `${count("not-a-figure")} not figures, ${count("pending")} to review.`;
  }

  function select_(index, focus = true) {
    state.current = Math.max(0, Math.min(state.items.length - 1, index));
    const item = state.items[state.current];
    if (!item) return;
    if (focus) item.li.focus();
    document.querySelectorAll("#article .current").forEach((n) => n.classList.remove("current"));
    const span = document.querySelector(`#article [data-start="${item.c.sentenceStart}"]`);
    if (span) {
      span.classList.add("current");
      span.scrollIntoView({ block: "nearest" });
    }
  }

  function fullDay() {
    return /^\d{4}-\d{2}-\d{2}$/.test(state.draft.source.published ?? "");
  }

  function nextBound(item) {
    const b = item.fields.bound;
    b.selectedIndex = (b.selectedIndex + 1) % b.options.length;
  }

  function openNewSeries() {
    const form = $("new-series");
    form.replaceChildren();
    const current = state.items[state.current];
    const title = el("input", { name: "title", size: 30 });
    const slug = el("input", { name: "slug", size: 26 });
    title.addEventListener("input", () => {
      slug.value = title.value
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
    });
    const unit = select(
      "unit",
      state.units.map((u) => [u, u]),
      current ? current.c.unit : "count",
    );
    const measure = el("input", { name: "measure", size: 16 });
    const topic = select(
      "topic",
      state.topics.map((t) => [t, t]),
      state.topics[0],
    );
    const kind = select(
      "kind",
      state.kinds.map((k) => [k, k]),
      "indicator",
    );
    const description = el("input", { name: "description", size: 30 });
    const entities = el("input", { name: "entities", size: 30, placeholder: "AM:recipient, IN:supplier" });
    form.append(
      el("strong", { text: "New series " }),
      field("Title", title),
      field("Slug", slug),
      field("Unit", unit),
      field("Measure", measure),
      field("Topic", topic),
      field("Kind (indicator, fact or context)", kind),
      field("Description (the article's words)", description),
      field(`Entities as ID:role (roles: ${state.roles.join(", ")})`, entities),
      el("button", { type: "submit", text: "Add series (Enter)" }),
      el("button", { type: "button", name: "cancel", text: "Cancel (Esc)" }),
    );
    form.hidden = false;
    form.querySelector("[name=cancel]").onclick = closeNewSeries;
    form.onsubmit = (e) => {
      e.preventDefault();
      const list = entities.value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
          const [entity, role] = s.split(":").map((x) => x.trim());
          return { entity: entity.toUpperCase(), role };
        });
      const s = {
        slug: slug.value,
        title: title.value,
        unit: unit.value,
        measure: measure.value || slug.value,
        kind: kind.value,
        topic: topic.value,
        entities: list,
      };
      if (description.value) s.description = description.value;
      state.newSeries.push(s);
      state.series.push(s);
      for (const item of state.items)
        item.fields.series.append(el("option", { value: s.slug, text: `${s.title} (${s.unit})` }));
      if (current) current.fields.series.value = s.slug;
      closeNewSeries();
    };
    title.focus();
  }

  function closeNewSeries() {
    $("new-series").hidden = true;
    select_(state.current);
  }

  function sourceValues() {
    const get = (n) => document.querySelector(`#source [name=${n}]`).value.trim();
    return {
      id: get("id"),
      title: get("title") || null,
      author: get("author"),
      publication: get("publication"),
      publisher: get("publisher"),
      published: get("published"),
      url: get("url") || null,
    };
  }

  async function save() {
    $("errors").textContent = "";
    $("saved").textContent = "";
    const accepted = state.items.filter((i) => i.status === "accepted");
    const missing = accepted.filter((i) => !i.fields.series.value);
    if (missing.length) {
      $("errors").textContent = `Choose a series for: ${missing.map((i) => i.c.raw).join(", ")}`;
      return;
    }
    const figures = accepted.map(({ c, fields }) => ({
      series: fields.series.value,
      period: fields.period.value.trim(),
      value: Number(fields.value.value),
      valueHigh: fields.valueHigh.value.trim() ? Number(fields.valueHigh.value) : undefined,
      bound: fields.bound.value,
      periodKind: fields.periodKind.value,
      circa: fields.circa.checked,
      strict: fields.strict.checked,
      note: fields.note.value.trim() || undefined,
      quote: fields.quote.value.trim(),
      context: c.sentence,
    }));
    const used = new Set(figures.map((f) => f.series));
    const body = { source: sourceValues(), newSeries: state.newSeries.filter((s) => used.has(s.slug)), figures };
    const res = await fetch("/api/save", {
      method: "POST",
      headers: { "content-type": "application/json", "x-review-token": token },
      body: JSON.stringify(body),
    });
    const result = await res.json();
    if (result.ok)
      $("saved").textContent =
        `Saved and loaded: ${result.files.join(", ")}. ${result.counts.observations} observations in the database.`;
    else $("errors").textContent = `Nothing was saved:\n${result.errors.join("\n")}`;
  }

  function onKey(e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
      return;
    }
    const inField = /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(e.target.tagName);
    if (e.key === "Escape") {
      if (!$("new-series").hidden) closeNewSeries();
      else select_(state.current);
      return;
    }
    if (inField || e.altKey || e.ctrlKey || e.metaKey) return;
    const item = state.items[state.current];
    const actions = {
      j: () => select_(state.current + 1),
      ArrowDown: () => select_(state.current + 1),
      k: () => select_(state.current - 1),
      ArrowUp: () => select_(state.current - 1),
      a: () => (setStatus(item, "accepted"), select_(state.current + 1)),
      r: () => (setStatus(item, "rejected"), select_(state.current + 1)),
      x: () => (setStatus(item, "not-a-figure"), select_(state.current + 1)),
      e: () => item.fields.value.select(),
      b: () => nextBound(item),
      t: () => (item.fields.strict.checked = !item.fields.strict.checked),
      p: () => item.fields.period.select(),
      m: () => {
        const k = item.fields.periodKind;
        k.selectedIndex = (k.selectedIndex + 1) % k.options.length;
      },
      s: () => item.fields.series.focus(),
      q: () => item.fields.quote.focus(),
      n: () => openNewSeries(),
    };
    const action = actions[e.key];
    if (action && item) {
      e.preventDefault();
      action();
    }
  }

  async function start() {
    const res = await fetch("/api/draft", { headers: { "x-review-token": token } });
    const data = await res.json();
    Object.assign(state, data, { newSeries: [] });
    renderSource();
    renderArticle();
    const list = $("candidates");
    state.items = state.draft.candidates.map(renderCandidate);
    for (const item of state.items) list.append(item.li);
    summary();
    document.addEventListener("keydown", onKey);
    const first = state.items.findIndex((i) => i.status === "pending");
    select_(first < 0 ? 0 : first);
  }

  start();
})();
