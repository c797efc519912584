// Save each target row without leaving the page; a refused cell shows its own message. Plain forms
// still work without this script (the view redirects back to the grid). Each cell posts the text and
// version it was loaded with, so only the cells a person changed are written, and a cell someone else
// changed meanwhile is refused (409) and marked, with the person's input kept.
(function () {
  "use strict";
  var words = document.getElementById("target-words");
  function word(name) { return words ? words.getAttribute("data-" + name) : ""; }
  function field(row, prefix, name) { return row.ownerDocument.querySelector("input[form='" + row.form + "'][name=" + prefix + name + "]"); }
  document.querySelectorAll("form.target-row").forEach(function (form) {
    var row = document.getElementById(form.id.replace("tf-", "target-"));
    var scope = {ownerDocument: document, form: form.id};
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var box = form.querySelector(".row-message");
      row.querySelectorAll(".cell-message").forEach(function (m) { m.textContent = ""; });
      row.querySelectorAll("input[aria-invalid]").forEach(function (i) { i.removeAttribute("aria-invalid"); });
      fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (body) {
          var unplaced = [];
          (body.problems || []).forEach(function (p) {
            var input = field(scope, "t_", p.field);
            var note = row.querySelector(".cell-message[data-for=" + p.field + "]");
            if (input) { input.setAttribute("aria-invalid", "true"); }
            if (note) { note.textContent = p.message; } else { unplaced.push(p.message); }
          });
          if (body.conflict && body.cells) {
            Object.keys(body.cells).forEach(function (name) {
              var input = field(scope, "t_", name);
              if (input) { input.setAttribute("aria-invalid", "true"); }
            });
          }
          // A problem shown under its own cell is not repeated beside the button.
          box.textContent = body.ok || !body.problems || unplaced.length ? (unplaced.join(" ") || body.message)
            : word("refused");
          box.className = "row-message " + (body.ok ? "ok" : "error");
          if (body.ok && body.cells) {
            Object.keys(body.cells).forEach(function (name) {
              var input = field(scope, "t_", name);
              var original = field(scope, "o_", name);
              var version = field(scope, "v_", name);
              if (input && !input.disabled) { input.value = body.cells[name]; }
              if (original) { original.value = body.cells[name]; }
              if (version && body.versions) { version.value = body.versions[name] || 0; }
            });
            var cumulative = field(scope, "o_", "cumulative");
            if (cumulative) { cumulative.value = body.cumulative ? "1" : ""; }
          }
        })
        .catch(function () { box.textContent = word("failed"); box.className = "row-message error"; });
    });
  });
})();
