// Save each target row without leaving the page; a refused cell shows its own message. Plain forms
// still work without this script (the view redirects back to the grid).
(function () {
  "use strict";
  document.querySelectorAll("form.target-row").forEach(function (form) {
    var row = document.getElementById(form.id.replace("tf-", "target-"));
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
            var input = row.querySelector("input[name=t_" + p.field + "]");
            var note = row.querySelector(".cell-message[data-for=" + p.field + "]");
            if (input) { input.setAttribute("aria-invalid", "true"); }
            if (note) { note.textContent = p.message; } else { unplaced.push(p.message); }
          });
          // A problem shown under its own cell is not repeated beside the button.
          box.textContent = body.ok || !body.problems || unplaced.length ? (unplaced.join(" ") || body.message)
            : "Tidak disimpan: periksa sel bertanda merah / Not saved: check the cells marked red";
          box.className = "row-message " + (body.ok ? "ok" : "error");
          if (body.ok && body.cells) {
            Object.keys(body.cells).forEach(function (name) {
              var input = row.querySelector("input[name=t_" + name + "]");
              if (input && !input.disabled) { input.value = body.cells[name]; }
            });
          }
        })
        .catch(function () { box.textContent = "Gagal menyimpan / Could not save"; box.className = "row-message error"; });
    });
  });
})();
