// Save each entry row without leaving the page; Enter in a field saves its row. Plain forms still work
// without this script (the view redirects back to the grid).
(function () {
  "use strict";
  function show(form, text, isError) {
    var box = form.querySelector(".row-message");
    box.textContent = text;
    box.className = "row-message " + (isError ? "error" : "ok");
  }
  document.querySelectorAll("form.entry-row").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      fetch(form.action, {method: "POST", body: data, credentials: "same-origin",
                          headers: {"Accept": "application/json"}})
        .then(function (response) { return response.json().then(function (body) { return [response.status, body]; }); })
        .then(function (result) {
          var status = result[0], body = result[1];
          var row = form.closest("tr");
          if (body.ok) {
            form.querySelector("input[name=version]").value = body.version;
            form.querySelector(".confirm").hidden = true;
            form.querySelector(".confirm input").checked = false;
            row.querySelector(".value").textContent = body.value_text || "–";
            var cell = row.querySelector(".capaian");
            cell.textContent = body.capaian === null ? "–" : body.capaian_text;
            if (body.capaian !== null && body.predicate) {
              var chip = document.createElement("span");
              chip.className = "chip";
              chip.textContent = body.predicate;
              cell.appendChild(document.createTextNode(" "));
              cell.appendChild(chip);
            }
            cell.title = body.explanation;
            // Saving never changes the workflow status, so a row keeps its tag colour (a new row is a draft).
            var statusCell = row.querySelector(".status");
            var before = statusCell.querySelector(".tag[class*=status-]:not(.status-none)");
            var link = document.createElement("a");
            link.className = before ? before.className : "tag status-draft";
            link.href = body.detail_url;
            link.textContent = body.status;
            statusCell.innerHTML = "";
            statusCell.appendChild(link);
            show(form, form.dataset.saved || "Tersimpan / Saved", false);
            return;
          }
          if (body.problems && body.problems.some(function (p) { return p.needs_confirmation; })) {
            form.querySelector(".confirm").hidden = false;
          }
          show(form, body.message, true);
          if (status === 409) { form.querySelector("input[name=version]").dataset.stale = "1"; }
        })
        .catch(function () { show(form, "Gagal menyimpan / Could not save", true); });
    });
  });
  var countdown = document.querySelector(".countdown");
  if (countdown) {
    var deadline = new Date(countdown.dataset.deadline);
    var tick = function () {
      var ms = deadline - new Date();
      if (ms <= 0) { countdown.textContent = "batas waktu lewat / deadline passed"; countdown.classList.add("late"); return; }
      var d = Math.floor(ms / 86400000), h = Math.floor(ms / 3600000) % 24, m = Math.floor(ms / 60000) % 60;
      countdown.textContent = d + " hari " + h + " jam " + m + " menit lagi / " + d + "d " + h + "h " + m + "m left";
    };
    tick();
    setInterval(tick, 30000);
  }
})();
