/// The case entry page's script (``FormPage``), plain JavaScript with no library.
///
/// It reads the ``FormModel`` from the page, and:
/// - decides which questions apply with `relevance`, the evaluator's rule: a question
///   applies when its condition holds on the case's attributes and the answers to earlier
///   questions, an answer counting only where its own question applies;
/// - saves cases to a list kept in `localStorage` (per framework fingerprint), refusing a
///   case without an id, with a duplicate id, an attribute not chosen or a relevant question
///   unanswered (unless marked incomplete), with an error summary linking to each problem;
/// - exports the list as CSV (`case`, attributes, metadata, questions, then `excluded` when a
///   case is left out) or JSON (`{"cases": [...]}`), exactly what `inspect score` reads, and
///   imports either (comma, semicolon or tab separated; codes matched as `inspect score`
///   matches them), so that a half-done sample can be continued;
/// - warns before the page is left with changes not exported.
///
/// `window.inspectionForm.relevance(attributes, answers)` (objects by id) returns the ids of
/// the questions that apply, for tools and tests; `toCSV()` and `toJSON()` return the export.
enum FormPageScript {
  static let javaScript = #"""

    (function () {
      "use strict";
      var model = JSON.parse(document.getElementById("form-model").textContent);
      var A = model.attributes, M = model.metadata, Q = model.questions, S = model.scales;
      var storageKey = "inspectionkit-form:" + model.framework.id + "@" + model.framework.version +
        ":" + model.framework.fingerprint + ":" + M.join(",");
      function $(id) { return document.getElementById(id); }

      // Relevance, as the evaluator decides it.
      function holds(c, attributes, answers, dropped) {
        switch (c[0]) {
          case "a": return attributes[c[1]] != null && c[2].indexOf(attributes[c[1]]) >= 0;
          case "q": return !dropped[c[1]] && answers[c[1]] != null && c[2].indexOf(answers[c[1]]) >= 0;
          case "all": return c[1].every(function (t) { return holds(t, attributes, answers, dropped); });
          case "any": return c[1].some(function (t) { return holds(t, attributes, answers, dropped); });
          case "not": return !holds(c[1], attributes, answers, dropped);
        }
        return false;
      }
      function relevance(attributes, answers) {
        var dropped = [], relevant = [];
        for (var i = 0; i < Q.length; i++) {
          relevant[i] = Q[i].when == null || holds(Q[i].when, attributes, answers, dropped);
          dropped[i] = !relevant[i];
        }
        return relevant;
      }

      // Values: what a cell or member may hold, read as inspect score reads it.
      var codeTables = S.map(function (scale) {
        var table = { exact: {}, folded: {}, labels: {} };
        scale.options.forEach(function (o) {
          table.exact[o.code] = o.code;
          fold(table.folded, o.code.toLowerCase(), o.code);
        });
        // A code's spelling wins over a label's.
        scale.options.forEach(function (o) {
          var key = o.label.toLowerCase();
          if (!(key in table.folded)) fold(table.labels, key, o.code);
        });
        return table;
      });
      var valueTables = A.map(function (a) {
        var table = { exact: {}, folded: {}, labels: {} };
        a.values.forEach(function (v) { table.exact[v] = v; fold(table.folded, v.toLowerCase(), v); });
        return table;
      });
      function fold(map, key, value) { map[key] = key in map && map[key] !== value ? null : value; }
      function readValue(text, table) {
        if (text == null || text === "") return { value: null };
        if (Object.prototype.hasOwnProperty.call(table.exact, text)) return { value: text };
        var trimmed = String(text).trim();
        if (trimmed === "") return { value: null };
        if (Object.prototype.hasOwnProperty.call(table.exact, trimmed)) return { value: trimmed };
        var key = trimmed.toLowerCase();
        if (table.folded[key]) return { value: table.folded[key] };
        if (table.labels[key]) return { value: table.labels[key] };
        return { value: null, bad: text };
      }

      // Cases: {id, attributes: [], metadata: [], answers: [], excluded: string or null}.
      function emptyCase() {
        return { id: "", attributes: A.map(function () { return null; }),
          metadata: M.map(function () { return null; }), answers: Q.map(function () { return null; }),
          excluded: null };
      }
      function unanswered(c) {
        if (c.excluded != null) return 0;
        var rel = relevance(c.attributes, c.answers), count = 0;
        for (var i = 0; i < Q.length; i++) if (rel[i] && c.answers[i] == null) count++;
        return count;
      }
      function answeredOf(c) {
        var rel = relevance(c.attributes, c.answers), answered = 0, relevant = 0;
        for (var i = 0; i < Q.length; i++) if (rel[i]) { relevant++; if (c.answers[i] != null) answered++; }
        return { answered: answered, relevant: relevant };
      }
      // Only the answers to questions that apply are kept.
      function keepRelevant(c) {
        var rel = relevance(c.attributes, c.answers);
        c.answers = c.answers.map(function (a, i) { return rel[i] ? a : null; });
        return c;
      }

      // State, kept in the browser.
      var state = { cases: [], unexported: false };
      var editing = -1, formDirty = false, storageWorks = true;
      function persist() {
        try {
          localStorage.setItem(storageKey, JSON.stringify({ cases: state.cases,
            unexported: state.unexported, draft: formDirty ? readForm() : null, editing: editing }));
        } catch (e) { storageWorks = false; }
      }
      function restore() {
        try {
          var saved = JSON.parse(localStorage.getItem(storageKey) || "null");
          if (saved && Array.isArray(saved.cases)) {
            state.cases = saved.cases.filter(function (c) {
              return c && typeof c.id === "string" && Array.isArray(c.attributes) &&
                c.attributes.length === A.length && Array.isArray(c.answers) &&
                c.answers.length === Q.length && Array.isArray(c.metadata) && c.metadata.length === M.length;
            });
            state.unexported = !!saved.unexported;
            if (saved.draft && Array.isArray(saved.draft.answers) && saved.draft.answers.length === Q.length) {
              editing = typeof saved.editing === "number" && saved.editing < state.cases.length ? saved.editing : -1;
              writeForm(saved.draft);
              formDirty = true;
              announce("Your unsaved case was restored.");
            }
          }
        } catch (e) { storageWorks = false; }
        if (!storageWorks) announce("This browser does not keep work in progress here: export your cases before closing the page.");
      }

      // The form.
      function radios(i) { return document.getElementsByName("q-" + i); }
      function readForm() {
        var c = emptyCase();
        c.id = $("case-id").value.trim();
        A.forEach(function (a, i) { var v = $("attr-" + i).value; c.attributes[i] = v === "" ? null : v; });
        M.forEach(function (m, i) { var v = $("meta-" + i).value.trim(); c.metadata[i] = v === "" ? null : v; });
        Q.forEach(function (q, i) {
          var list = radios(i);
          for (var k = 0; k < list.length; k++) if (list[k].checked) c.answers[i] = list[k].value;
        });
        c.excluded = $("excluded").checked ? $("excluded-reason").value.trim() : null;
        return c;
      }
      function writeForm(c) {
        $("case-id").value = c.id || "";
        A.forEach(function (a, i) { $("attr-" + i).value = c.attributes[i] || ""; });
        M.forEach(function (m, i) { $("meta-" + i).value = c.metadata[i] || ""; });
        Q.forEach(function (q, i) {
          var list = radios(i);
          for (var k = 0; k < list.length; k++) list[k].checked = list[k].value === c.answers[i];
        });
        $("excluded").checked = c.excluded != null;
        $("excluded-reason").value = c.excluded || "";
        $("incomplete").checked = false;
        clearErrors();
        update();
      }
      function update() {
        var c = readForm(), rel = relevance(c.attributes, c.answers), showAll = $("show-all").checked;
        var relevant = 0, answered = 0;
        Q.forEach(function (q, i) {
          var box = $("q-" + i);
          box.disabled = !rel[i];
          box.classList.toggle("not-applicable", !rel[i]);
          box.hidden = !rel[i] && !showAll;
          if (rel[i]) { relevant++; if (c.answers[i] != null) answered++; }
        });
        Array.prototype.forEach.call(document.querySelectorAll(".criterion, .framework-section"), function (group) {
          group.hidden = !group.querySelector(".question:not([hidden])");
        });
        $("excluded-field").hidden = !$("excluded").checked;
        var missingAttributes = c.attributes.filter(function (v) { return v == null; }).length;
        $("progress").textContent = c.excluded != null
          ? "This case is left out of the scores."
          : answered + " of " + relevant + " questions that apply are answered" +
            (missingAttributes ? "; choose the case's attributes to see every question that applies." : ".");
      }

      // Saving.
      function clearErrors() {
        $("errors").hidden = true;
        Array.prototype.forEach.call(document.querySelectorAll(".question.missing"), function (q) {
          q.classList.remove("missing");
        });
      }
      function showErrors(errors) {
        var list = $("errors").querySelector("ul");
        list.textContent = "";
        errors.slice(0, 12).forEach(function (error) {
          var item = document.createElement("li"), link = document.createElement("a");
          link.href = "#" + error.target;
          link.textContent = error.message;
          link.addEventListener("click", function (event) {
            event.preventDefault();
            var target = $(error.target);
            if (target) { target.scrollIntoView({ block: "center" }); target.focus(); }
          });
          item.appendChild(link);
          list.appendChild(item);
        });
        if (errors.length > 12) {
          var more = document.createElement("li");
          more.textContent = "and " + (errors.length - 12) + " more";
          list.appendChild(more);
        }
        $("errors").hidden = false;
        $("errors").focus();
      }
      function validate(c) {
        var errors = [];
        if (!c.id) errors.push({ message: "Enter the case id", target: "case-id" });
        else if (state.cases.some(function (other, i) { return other.id === c.id && i !== editing; }))
          errors.push({ message: "Case " + c.id + " is already entered: give each case its own id", target: "case-id" });
        if (c.excluded != null) {
          if (!c.excluded) errors.push({ message: "Say why the case is left out", target: "excluded-reason" });
          return errors;
        }
        A.forEach(function (a, i) {
          if (c.attributes[i] == null) errors.push({ message: "Choose " + a.title + " (" + a.id + ")", target: "attr-" + i });
        });
        if (!$("incomplete").checked) {
          var rel = relevance(c.attributes, c.answers);
          Q.forEach(function (q, i) {
            if (rel[i] && c.answers[i] == null) {
              errors.push({ message: "Answer " + q.id + ", or save the case as incomplete", target: "q-" + i + "-0" });
              $("q-" + i).classList.add("missing");
            }
          });
        }
        return errors;
      }
      function saveCase(event) {
        if (event) event.preventDefault();
        clearErrors();
        var c = readForm(), errors = validate(c);
        if (errors.length) { showErrors(errors); return false; }
        keepRelevant(c);
        if (editing >= 0) state.cases[editing] = c; else state.cases.push(c);
        state.unexported = true;
        var missing = unanswered(c);
        newCase(true);
        announce("Case " + c.id + " saved" + (missing ? " as incomplete (" + missing + " unanswered)." : "."));
        return true;
      }
      function newCase(keepStatus) {
        editing = -1;
        formDirty = false;
        writeForm(emptyCase());
        $("form-heading").textContent = "New case";
        if (keepStatus !== true) announce("");
        persist();
        renderList();
      }
      function editCase(index) {
        editing = index;
        formDirty = false;
        writeForm(state.cases[index]);
        $("incomplete").checked = unanswered(state.cases[index]) > 0;
        $("form-heading").textContent = "Case " + state.cases[index].id;
        persist();
        renderList();
        $("case-id").focus();
      }

      // The list of cases.
      function renderList() {
        var body = $("case-list").querySelector("tbody");
        body.textContent = "";
        var complete = 0, incomplete = 0, left = 0;
        state.cases.forEach(function (c, index) {
          var row = document.createElement("tr"), missing = unanswered(c), counts = answeredOf(c);
          if (index === editing) row.className = "editing";
          var id = document.createElement("th");
          id.scope = "row";
          id.textContent = c.id;
          var status = document.createElement("td");
          if (c.excluded != null) { status.className = "left-out"; status.textContent = "Left out: " + c.excluded; left++; }
          else if (missing) { status.className = "incomplete"; status.textContent = "Incomplete: " + missing + " unanswered"; incomplete++; }
          else { status.className = "complete"; status.textContent = "Complete"; complete++; }
          var answered = document.createElement("td");
          answered.className = "num";
          answered.textContent = c.excluded != null ? "" : counts.answered + " of " + counts.relevant;
          var actions = document.createElement("td");
          actions.className = "actions-cell";
          var edit = button("Edit", "Edit case " + c.id, function () { editCase(index); });
          var remove = button("Delete", "Delete case " + c.id, function () {
            if (remove.dataset.confirm) {
              state.cases.splice(index, 1);
              if (editing === index) { editing = -1; writeForm(emptyCase()); }
              else if (editing > index) editing--;
              state.unexported = true;
              persist();
              renderList();
              announce("Case " + c.id + " deleted.");
            } else {
              remove.dataset.confirm = "1";
              remove.textContent = "Confirm delete";
              remove.setAttribute("aria-label", "Confirm: delete case " + c.id);
            }
          });
          remove.classList.add("danger");
          actions.appendChild(edit);
          actions.appendChild(remove);
          [id, status, answered, actions].forEach(function (cell) { row.appendChild(cell); });
          body.appendChild(row);
        });
        var total = state.cases.length;
        $("case-list").hidden = total === 0;
        $("cases-summary").textContent = total === 0 ? "No cases yet." :
          total + (total === 1 ? " case: " : " cases: ") + complete + " complete, " + incomplete +
          " incomplete, " + left + " left out." + (state.unexported ? " Not yet exported." : " All exported.");
      }
      function button(text, label, action) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "small";
        b.textContent = text;
        b.setAttribute("aria-label", label);
        b.addEventListener("click", action);
        return b;
      }
      function announce(text) { $("status").textContent = text; }

      // Export: the sample formats inspect score reads.
      function csvField(value) {
        var text = value == null ? "" : String(value);
        return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
      }
      function toCSV() {
        var excluded = state.cases.some(function (c) { return c.excluded != null; });
        var header = ["case"].concat(A.map(function (a) { return a.id; }), M,
          Q.map(function (q) { return q.id; }), excluded ? ["excluded"] : []);
        var lines = [header.map(csvField).join(",")];
        state.cases.forEach(function (c) {
          lines.push([c.id].concat(c.attributes, c.metadata, c.answers, excluded ? [c.excluded] : [])
            .map(csvField).join(","));
        });
        return lines.join("\n") + "\n";
      }
      function toJSON() {
        var cases = state.cases.map(function (c) {
          var out = { "case": c.id, attributes: {}, answers: {} };
          A.forEach(function (a, i) { if (c.attributes[i] != null) out.attributes[a.id] = c.attributes[i]; });
          Q.forEach(function (q, i) { if (c.answers[i] != null) out.answers[q.id] = c.answers[i]; });
          if (M.length) {
            out.metadata = {};
            M.forEach(function (m, i) { if (c.metadata[i] != null) out.metadata[m] = c.metadata[i]; });
          }
          if (c.excluded != null) out.excluded = c.excluded;
          return out;
        });
        return JSON.stringify({ cases: cases }, null, 2) + "\n";
      }
      function download(text, extension, type) {
        var name = model.framework.id + "-" + model.framework.version + "-sample." + extension;
        var link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([text], { type: type }));
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
        state.unexported = false;
        persist();
        renderList();
        var n = state.cases.length;
        announce("Exported " + n + (n === 1 ? " case" : " cases") + " to " + name + ". Score it with: inspect score " +
          model.framework.id + "@" + model.framework.version + " " + name +
          (M.length ? " --metadata " + M.join(",") : "") +
          (state.cases.some(function (c) { return unanswered(c) > 0; }) ? " --allow-incomplete" : ""));
      }

      // Import.
      function parseCSV(text) {
        if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
        var first = "", quoted = false;
        for (var k = 0; k < text.length; k++) {
          var ch = text[k];
          if (ch === '"') quoted = !quoted;
          else if (!quoted && (ch === "\n" || ch === "\r")) break;
          if (!quoted) first += ch;
        }
        var counts = [",", ";", "\t"].map(function (s) { return first.split(s).length - 1; });
        var separator = [",", ";", "\t"][counts.indexOf(Math.max.apply(null, counts))];
        var rows = [], row = [], field = "", inQuotes = false, i = 0, fieldQuoted = false;
        function endRow() { row.push(field); rows.push(row); row = []; field = ""; fieldQuoted = false; }
        while (i < text.length) {
          var c = text[i];
          if (inQuotes) {
            if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else inQuotes = false; }
            else field += c;
          } else if (c === '"' && field === "" && !fieldQuoted) { inQuotes = true; fieldQuoted = true; }
          else if (c === separator) { row.push(field); field = ""; fieldQuoted = false; }
          else if (c === "\r" || c === "\n") {
            if (c === "\r" && text[i + 1] === "\n") i++;
            if (row.length || field !== "" || fieldQuoted) endRow();
          } else field += c;
          i++;
        }
        if (inQuotes) throw new Error("a quoted field is not closed before the end of the file");
        if (row.length || field !== "" || fieldQuoted) endRow();
        return rows;
      }
      function fromRows(rows, problems) {
        if (!rows.length) throw new Error("the file is empty");
        var header = rows[0], columns = {};
        header.forEach(function (name, index) { columns[name] = index; });
        var unknown = header.filter(function (name) {
          return name !== "case" && name !== "excluded" && M.indexOf(name) < 0 &&
            !A.some(function (a) { return a.id === name; }) && !Q.some(function (q) { return q.id === name; });
        });
        if (unknown.length) throw new Error("the file has columns that are not part of " + model.framework.id +
          "@" + model.framework.version + ": " + unknown.join(", "));
        if (!("case" in columns)) throw new Error("the file has no 'case' column");
        return rows.slice(1).map(function (cells, r) {
          function cell(name) { var i = columns[name]; return i == null || i >= cells.length ? "" : cells[i]; }
          var record = { id: cell("case"), attributes: {}, answers: {}, metadata: {}, excluded: cell("excluded") || null };
          A.forEach(function (a) { record.attributes[a.id] = cell(a.id); });
          M.forEach(function (m) { record.metadata[m] = cell(m); });
          Q.forEach(function (q) { record.answers[q.id] = cell(q.id); });
          record.where = "row " + (r + 1);
          return record;
        });
      }
      function fromJSON(text) {
        var data = JSON.parse(text);
        if (!data || !Array.isArray(data.cases)) throw new Error("a JSON sample is {\"cases\": [...]}");
        return data.cases.map(function (item, r) {
          item = item || {};
          return { id: typeof item["case"] === "string" ? item["case"] : "", attributes: item.attributes || {},
            answers: item.answers || {}, metadata: item.metadata || {},
            excluded: typeof item.excluded === "string" && item.excluded ? item.excluded : null,
            where: "case " + (r + 1) };
        });
      }
      function toCase(record, problems) {
        var c = emptyCase();
        c.id = String(record.id || "").trim();
        c.excluded = record.excluded;
        A.forEach(function (a, i) {
          var read = readValue(record.attributes[a.id], valueTables[i]);
          c.attributes[i] = read.value;
          if (read.bad != null) problems.push(record.where + ": '" + read.bad + "' is not a value of " + a.id);
        });
        M.forEach(function (m, i) {
          var v = record.metadata[m];
          c.metadata[i] = v == null || String(v).trim() === "" ? null : String(v).trim();
        });
        Q.forEach(function (q, i) {
          var read = readValue(record.answers[q.id], codeTables[q.scale]);
          c.answers[i] = read.value;
          if (read.bad != null) problems.push(record.where + ": '" + read.bad + "' is not an answer to " + q.id);
        });
        var before = c.answers.filter(function (a) { return a != null; }).length;
        keepRelevant(c);
        var dropped = before - c.answers.filter(function (a) { return a != null; }).length;
        if (dropped) problems.push(record.where + " (case " + c.id + "): " + dropped +
          (dropped === 1 ? " answer to a question that does not apply was" : " answers to questions that do not apply were") + " left out");
        return c;
      }
      function importText(text, name) {
        var problems = [], records;
        try {
          records = /^\s*[{\[]/.test(text) ? fromJSON(text) : fromRows(parseCSV(text), problems);
        } catch (error) {
          report(["Nothing was imported from " + name + ": " + error.message + "."]);
          announce("");
          return 0;
        }
        var added = 0, replaced = 0, skipped = 0;
        records.forEach(function (record) {
          var c = toCase(record, problems);
          if (!c.id) { skipped++; problems.push(record.where + ": no case id, so it was not imported"); return; }
          var existing = -1;
          state.cases.forEach(function (other, i) { if (other.id === c.id) existing = i; });
          if (existing >= 0) { state.cases[existing] = c; replaced++; } else { state.cases.push(c); added++; }
        });
        state.unexported = true;
        persist();
        renderList();
        report(problems);
        announce("Imported " + (added + replaced) + " cases from " + name + (replaced ? " (" + replaced +
          " replaced cases with the same id)" : "") + "." + (problems.length ? " See the notes below." : ""));
        return added + replaced;
      }
      function report(lines) {
        var box = $("import-report");
        box.textContent = "";
        box.hidden = !lines.length;
        if (!lines.length) return;
        var list = document.createElement("ul");
        lines.slice(0, 50).forEach(function (line) {
          var item = document.createElement("li");
          item.textContent = line;
          list.appendChild(item);
        });
        if (lines.length > 50) {
          var more = document.createElement("li");
          more.textContent = "and " + (lines.length - 50) + " more";
          list.appendChild(more);
        }
        box.appendChild(list);
      }

      // Wiring.
      $("case-form").addEventListener("submit", saveCase);
      $("case-form").addEventListener("change", function () { formDirty = true; update(); persist(); });
      $("case-form").addEventListener("input", function () { formDirty = true; persist(); });
      $("show-all").addEventListener("change", update);
      Array.prototype.forEach.call(document.querySelectorAll(".clear-answer"), function (b) {
        b.addEventListener("click", function () {
          var list = radios(b.getAttribute("data-question"));
          for (var k = 0; k < list.length; k++) list[k].checked = false;
          formDirty = true;
          update();
          persist();
        });
      });
      $("new-case").addEventListener("click", function () { newCase(); $("case-id").focus(); });
      $("discard").addEventListener("click", function () {
        if (editing >= 0) editCase(editing); else newCase();
        announce("Changes discarded.");
      });
      $("export-csv").addEventListener("click", function () { download(toCSV(), "csv", "text/csv"); });
      $("export-json").addEventListener("click", function () { download(toJSON(), "json", "application/json"); });
      $("import").addEventListener("change", function () {
        var file = this.files && this.files[0], input = this;
        if (!file) return;
        var reader = new FileReader();
        reader.onload = function () { importText(String(reader.result), file.name); input.value = ""; };
        reader.readAsText(file);
      });
      $("clear-all").addEventListener("click", function () {
        var b = $("clear-all");
        if (!b.dataset.confirm) {
          b.dataset.confirm = "1";
          b.textContent = "Confirm: remove all " + state.cases.length + " cases";
          return;
        }
        delete b.dataset.confirm;
        b.textContent = "Remove all cases";
        state.cases = [];
        state.unexported = false;
        newCase();
        announce("All cases removed.");
      });
      window.addEventListener("beforeunload", function (event) {
        if (state.unexported || formDirty) { event.preventDefault(); event.returnValue = ""; }
      });

      window.inspectionForm = Object.freeze({
        relevance: function (attributes, answers) {
          var rel = relevance(A.map(function (a) { return attributes[a.id] == null ? null : attributes[a.id]; }),
            Q.map(function (q) { return answers[q.id] == null ? null : answers[q.id]; }));
          return Q.filter(function (q, i) { return rel[i]; }).map(function (q) { return q.id; });
        },
        toCSV: toCSV,
        toJSON: toJSON,
        importText: importText,
        caseCount: function () { return state.cases.length; }
      });

      restore();
      if (!formDirty) writeForm(emptyCase());
      renderList();
    })();

    """#
}
